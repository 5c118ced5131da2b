import { Pool } from "undici";
import { resetPeaks, treePeak, treeRss } from "./process-tree";

export interface CsvRun {
  status: number;
  totalHeader: number;
  records: number;
  bytes: number;
  wallMs: number;
  baselineRss: number;
  peakGrowth: number;
}

/**
 * Downloads the CSV export once, counting its records (quote-aware: a CRLF inside quotes is
 * data) without keeping it, while sampling the server's resident memory every 10 ms. Peak
 * growth is the larger of the sampled maximum and the kernel's high-water mark (VmHWM, reset
 * first) over the RSS just before the request.
 */
export async function exportCsv(origin: string, path: string, pids: () => number[]): Promise<CsvRun> {
  const tree = pids();
  const peaksReset = resetPeaks(tree);
  const baselineRss = treeRss(tree);
  let sampled = baselineRss;
  const sampler = setInterval(() => (sampled = Math.max(sampled, treeRss(tree))), 10);
  const pool = new Pool(origin, { connections: 1 });
  const started = performance.now();
  try {
    const res = await pool.request({ method: "GET", path, headersTimeout: 120_000, bodyTimeout: 120_000 });
    let records = 0;
    let bytes = 0;
    let inQuotes = false;
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      bytes += buf.length;
      for (let i = 0; i < buf.length; i++) {
        const c = buf[i];
        if (c === 0x22) inQuotes = !inQuotes;
        else if (c === 0x0a && !inQuotes) records++;
      }
    }
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    sampled = Math.max(sampled, treeRss(tree));
    const peak = peaksReset ? Math.max(sampled, treePeak(tree)) : sampled;
    return {
      status: res.statusCode,
      totalHeader: Number(res.headers["x-total-count"]),
      records,
      bytes,
      wallMs,
      baselineRss,
      peakGrowth: peak - baselineRss,
    };
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
}
