import { env } from "@/lib/env";

// Failed sign-ins per client, in this process's memory; a restart forgetting the count costs an
// attacker a restart per few guesses. `npm start` may run several processes on one port
// (WEB_CONCURRENCY), each with its own count, and spreads connections among them: each allows
// its share of the attempts, so the port as a whole allows about MAX_FAILURES.

export const MAX_FAILURES = 5;

/** This process's share of `limit`: at least one attempt. */
const perProcess = (limit: number) => Math.max(1, Math.ceil(limit / env.WEB_CONCURRENCY));
export const WINDOW_MS = 15 * 60_000;

interface Window {
  failures: number;
  resetAt: number;
}

export class FailureLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = WINDOW_MS,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string, now = Date.now()): number {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) return 0;
    return w.failures >= this.maxFailures ? Math.ceil((w.resetAt - now) / 1000) : 0;
  }

  fail(key: string, now = Date.now()): void {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= now) this.windows.set(key, { failures: 1, resetAt: now + this.windowMs });
    else w.failures++;
    // Bounds memory under a flood of distinct keys: expired windows are dropped.
    if (this.windows.size > 10_000) for (const [k, v] of this.windows) if (v.resetAt <= now) this.windows.delete(k);
  }

  succeed(key: string): void {
    this.windows.delete(key);
  }
}

const globalForLimiter = globalThis as unknown as { signInLimiters?: { client: FailureLimiter; all: FailureLimiter } };

/**
 * Per client (X-Forwarded-For, which a client can forge) and across all clients (which it
 * cannot), so guessing from many made-up addresses is capped too.
 */
export const signInLimiters = (globalForLimiter.signInLimiters ??= {
  client: new FailureLimiter(perProcess(MAX_FAILURES)),
  all: new FailureLimiter(perProcess(MAX_FAILURES * 10)),
});
