import { Pool } from "undici";
import { resetPeaks, treeAnon, treePeak, treeRss } from "./process-tree";

export interface CsvRun {
  status: number;
  totalHeader: number;
  records: number;
  bytes: number;
  wallMs: number;
  baselineRss: number;
  peakGrowth: number;
  /** Growth of anonymous memory (RssAnon, sampled): what the export holds, without mapped file pages. */
  anonGrowth: number;
}

/**
 * Downloads the CSV export once, counting its records (quote-aware: a CRLF inside quotes is
 * data) without keeping it, while sampling the server's resident memory every 10 ms. Peak
 * growth is the larger of the sampled maximum and the kernel's high-water mark (VmHWM, reset
 * first) over the RSS just before the request. RSS counts the pages of the memory-mapped
 * database the export reads, so anonymous memory (RssAnon) is sampled beside it.
 */
export async function exportCsv(origin: string, path: string, pids: () => number[]): Promise<CsvRun> {
  const tree = pids();
  const peaksReset = resetPeaks(tree);
  const baselineRss = treeRss(tree);
  const baselineAnon = treeAnon(tree);
  let sampled = baselineRss;
  let sampledAnon = baselineAnon;
  const sample = () => {
    sampled = Math.max(sampled, treeRss(tree));
    sampledAnon = Math.max(sampledAnon, treeAnon(tree));
  };
  const sampler = setInterval(sample, 10);
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
    sample();
    const peak = peaksReset ? Math.max(sampled, treePeak(tree)) : sampled;
    return {
      status: res.statusCode,
      totalHeader: Number(res.headers["x-total-count"]),
      records,
      bytes,
      wallMs,
      baselineRss,
      peakGrowth: peak - baselineRss,
      anonGrowth: sampledAnon - baselineAnon,
    };
  } finally {
    clearInterval(sampler);
    await pool.close();
  }
}
