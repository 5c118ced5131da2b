import "server-only";
import { LRUCache } from "lru-cache";
import { dealDataVersion } from "@/lib/db/data-version";
import { env } from "@/lib/env";
import { WrittenJson } from "@/lib/json-text";

/**
 * Answers kept in memory under the data version: the data changes only on a write (a seed, an
 * accepted ingest, an undo, a restore), and every write gives the DataVersion row a new token
 * (lib/db/data-version.ts), so an answer cached under the token read at the start of a request is
 * never older than the last committed write, on this instance or any other. Old tokens' entries
 * are never asked for again and age out. Concurrent misses of one key share one computation.
 *
 * Only public, read-only queries are cached: everything keyed here is a function of its
 * arguments and the data, never of a session.
 */
interface Entry {
  value: unknown;
  size: number;
}

const store =
  env.CACHE_MB > 0
    ? new LRUCache<string, Entry, () => Promise<unknown>>({
        maxSize: env.CACHE_MB * 1024 * 1024,
        sizeCalculation: (entry) => entry.size,
        fetchMethod: async (_key, _stale, { context }) => {
          const value = deepFreeze(await context());
          return { value, size: estimatedSize(value) };
        },
      })
    : null;

/** Bytes an answer takes, roughly: three times its JSON length (the objects on the heap, and the JSON text lib/api/respond.ts keeps beside them). */
function estimatedSize(value: unknown): number {
  // The memory its bytes hold: all of it, were they a view of a larger buffer.
  if (value instanceof WrittenJson) return value.bytes.buffer.byteLength + value.etag.length;
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
  return Math.max(1, 3 * json.length);
}

/** Cached answers are shared by every request, so no caller may change one: a change throws. */
function deepFreeze<T>(value: T): T {
  // Bytes cannot be frozen (a WrittenJson's): no caller writes to them.
  if (value && typeof value === "object" && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return value;
}

const argsKey = (args: readonly unknown[]) =>
  JSON.stringify(args, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));

/**
 * `fn`, answering from the cache when the data version and the arguments (by their JSON) are the
 * same as a call before. `name` must be unique per function. Errors are not cached.
 */
export function cached<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A): Promise<R> => {
    if (!store) return fn(...args);
    const key = `${await dealDataVersion()}\u0000${name}\u0000${argsKey(args)}`;
    const entry = await store.fetch(key, { context: () => fn(...args) });
    return entry!.value as R;
  };
}

/** What the cache holds now, for tests and the benchmark. */
export function cacheStats(): { entries: number; bytes: number } {
  return { entries: store?.size ?? 0, bytes: store?.calculatedSize ?? 0 };
}
