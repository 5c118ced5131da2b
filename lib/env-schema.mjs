// @ts-check
// The environment, in one zod schema. Plain ESM, so server/start.mjs (run by node before Next
// loads) reads PORT, HOST and MAX_CONCURRENT_REQUESTS with the same schema lib/env.ts gives the
// app; nobody else reads process.env.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { z } from "zod";

/**
 * The CPUs a cgroup's quota allows, rounded up ("cpus: 2" in a container); null without one.
 * @param {(file: string) => string} read reads a file (throws when it is not there)
 */
export function cgroupCpuLimit(read = (file) => readFileSync(file, "utf8")) {
  /** @param {number} quota @param {number} period */
  const cpus = (quota, period) => (quota > 0 && period > 0 ? Math.max(1, Math.ceil(quota / period)) : null);
  try {
    // cgroup v2: "max 100000" (no quota) or "200000 100000".
    const [quota, period] = read("/sys/fs/cgroup/cpu.max").trim().split(/\s+/);
    return quota === "max" ? null : cpus(Number(quota), Number(period));
  } catch {
    try {
      // cgroup v1: a quota of -1 is none.
      return cpus(
        Number(read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")),
        Number(read("/sys/fs/cgroup/cpu/cpu.cfs_period_us")),
      );
    } catch {
      return null;
    }
  }
}

/** The CPUs this process may use: the machine's, or fewer under a container's CPU quota. */
export function usableCpus() {
  return Math.min(availableParallelism(), cgroupCpuLimit() ?? Infinity);
}

/**
 * Server processes by default on a machine with many CPUs: each holds its own copy of the app
 * and its caches (about 250 MB at 100,000 deals), so more is asked for with WEB_CONCURRENCY.
 */
const DEFAULT_MAX_PROCESSES = 4;

/** @param {number} min @param {number} max @param {number} fallback */
const wholeNumber = (min, max, fallback) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    // An emptied variable (PORT=) counts as unset.
    (value) => (value === "" ? undefined : value),
    z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback),
  );
};

export const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:.+|postgres(ql)?:\/\/.+)/,
      "DATABASE_URL must be a SQLite file URL such as file:./prisma/dev.db or a PostgreSQL URL such as postgresql://user@host:5432/chipdeals",
    )
    .default("file:./prisma/dev.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The port server/start.mjs listens on when -p is not given. */
  PORT: wholeNumber(0, 65535, 3000),
  /** The interface it listens on when -H is not given; unset, every interface. */
  HOST: z.preprocess((value) => (value === "" ? undefined : value), z.string().max(255).optional()),
  /** Requests handled at once; the rest wait (server/admission.mjs). */
  MAX_CONCURRENT_REQUESTS: wholeNumber(1, 1024, 8),
  /**
   * Server processes sharing the port (node:cluster); each has its own caches. The default is one
   * per usable CPU (a container's quota counts), at most DEFAULT_MAX_PROCESSES: SQLite's
   * statements run on the process's one thread.
   */
  WEB_CONCURRENCY: wholeNumber(1, 64, Math.min(usableCpus(), DEFAULT_MAX_PROCESSES)),
  /**
   * Megabytes of answers kept in memory under the data version (lib/cache.ts); 0 turns the cache
   * off. Sizes are estimated from the answers' JSON length.
   */
  CACHE_MB: wholeNumber(0, 4096, 48),
  /**
   * Turns on writing (/ingest). Unset or empty: ingest is off. It signs the session cookies too,
   * so changing it signs every analyst out.
   */
  ADMIN_TOKEN: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().min(16, "ADMIN_TOKEN must be at least 16 characters").optional(),
  ),
  /** Who may frame /embed/*: a CSP frame-ancestors source list; every other route refuses framing. */
  EMBED_FRAME_ANCESTORS: z
    .string()
    .regex(
      /^[\w\s.:/*'-]+$/,
      "EMBED_FRAME_ANCESTORS must be a frame-ancestors source list such as * or https://example.org",
    )
    .default("*"),
});

/** @typedef {z.output<typeof EnvSchema>} Env */

/**
 * The environment parsed, or an Error naming each bad variable.
 * @param {Record<string, string | undefined>} [source]
 * @returns {Env}
 */
export function parseEnv(source = process.env) {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${details}`);
  }
  return parsed.data;
}
