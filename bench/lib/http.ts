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
  return {
    status: res.statusCode,
    ttfb: Number.isNaN(ttfb) ? total : ttfb,
    total,
    body: keepBody ? Buffer.concat(chunks) : undefined,
  };
}

const RETRYABLE = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

/**
 * `count` GETs of `path` with `concurrency` in flight at once, over as many keep-alive
 * connections; the latency of each, to its last body byte, and every status seen. When the
 * server's event loop is blocked past its keep-alive timeout it may close a connection just as
 * the next request goes out; like a browser, the GET is then sent again (at most twice), and
 * its latency counts from the first attempt.
 */
export async function load(
  origin: string,
  path: string,
  count: number,
  concurrency: number,
): Promise<{ latencies: number[]; statuses: Set<number>; retries: number }> {
  const pool = new Pool(origin, { connections: concurrency, pipelining: 1 });
  const latencies: number[] = [];
  const statuses = new Set<number>();
  let issued = 0;
  let retries = 0;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (issued < count) {
          issued++;
          const started = performance.now();
          for (let attempt = 0; ; attempt++) {
            try {
              const r = await timedGet(pool, path);
              latencies.push(performance.now() - started);
              statuses.add(r.status);
              break;
            } catch (error) {
              if (attempt >= 2 || !RETRYABLE.has((error as { code?: string }).code ?? "")) throw error;
              retries++;
            }
          }
        }
      }),
    );
  } finally {
    await pool.close();
  }
  return { latencies, statuses, retries };
}
