import { Pool } from "undici";

export interface Timed {
  status: number;
  /** Time to the first body byte. */
  ttfb: number;
  /** Time to the last body byte. */
  total: number;
  body?: Buffer;
}

/** One GET on `pool`, timed to its first and last body byte; keeps the body when asked. */
export async function timedGet(pool: Pool, path: string, keepBody = false, timeoutMs = 120_000): Promise<Timed> {
  const started = performance.now();
  const res = await pool.request({ method: "GET", path, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  let ttfb = Number.NaN;
  const chunks: Buffer[] = [];
  for await (const chunk of res.body) {
    if (Number.isNaN(ttfb)) ttfb = performance.now() - started;
    if (keepBody) chunks.push(chunk as Buffer);
  }
  const total = performance.now() - started;
  return { status: res.statusCode, ttfb: Number.isNaN(ttfb) ? total : ttfb, total, body: keepBody ? Buffer.concat(chunks) : undefined };
}

/**
 * `count` GETs of `path` with `concurrency` in flight at once, over as many keep-alive
 * connections; the latency of each, to its last body byte, and every status seen.
 */
export async function load(origin: string, path: string, count: number, concurrency: number): Promise<{ latencies: number[]; statuses: Set<number> }> {
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
  const statuses = new Set<number>();
  let issued = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (issued < count) {
          issued++;
          const r = await timedGet(pool, path);
          latencies.push(r.total);
          statuses.add(r.status);
        }
      }),
    );
  } finally {
    await pool.close();
  }
  return { latencies, statuses };
}
