import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseProvider } from "./provider.mjs";

/**
 * How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
 * better-sqlite3 waits synchronously, blocking the event loop, so it stays short: in WAL mode
 * readers wait only for a writer in exclusive locking mode or for crash recovery.
 */
export const BUSY_TIMEOUT_MS = 2000;

export interface ClientOptions {
  /** Fail with SQLITE_CANTOPEN instead of creating an empty database when the file is missing. */
  fileMustExist?: boolean;
  /** PostgreSQL: cancel a statement after this long (default PG_STATEMENT_TIMEOUT_MS). */
  statementTimeoutMs?: number;
  /** Awaited before each new connection opens (the reconnecting client closes the old one first). */
  beforeConnect?: () => Promise<void>;
  /** Open the file read-only (a dry run must not change it); the journal mode is then left as it is. */
  readonly?: boolean;
}

/**
 * Bytes of the file SQLite reads through a memory map instead of a read() call per page. A list
 * page at 100,000 deals looks up thousands of rows at random (a company's deals, a text match):
 * with reads, 12 ms for counting one company's 6,866 deals; mapped, 2.6 ms. The mapped pages are
 * the kernel's page cache, shared and reclaimable, not the process's heap. The most SQLite maps
 * (its MAX_MMAP_SIZE, 0x7fff0000 in better-sqlite3's build): 100,000 deals take 1.24 GB with
 * their stored JSON, and the part of a file past the map is read into the heap's page cache.
 */
export const SQLITE_MMAP_BYTES = 0x7fff0000;

/**
 * A read-only better-sqlite3 connection on an existing SQLite file, memory-mapped as the app's
 * connections are: for the reads made without Prisma (lib/db/read.ts, the CSV export's lines).
 */
export function openReadOnlySqlite(file: string): Database.Database {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    sqlite.pragma(`mmap_size = ${SQLITE_MMAP_BYTES}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

/** The better-sqlite3 adapter, with every new connection memory-mapped and switched to WAL journaling. */
class WalBetterSQLite3 extends PrismaBetterSQLite3 {
  constructor(
    url: string,
    private readonly beforeConnect: (() => Promise<void>) | undefined,
    fileMustExist: boolean,
    private readonly readonly: boolean,
  ) {
    super({ url, timeout: BUSY_TIMEOUT_MS, fileMustExist, readonly });
  }

  override async connect() {
    await this.beforeConnect?.();
    const adapter = await super.connect();
    try {
      await adapter.executeScript(`PRAGMA mmap_size = ${SQLITE_MMAP_BYTES};`);
      if (this.readonly) return adapter;
      // Readers never block the writer nor it them. Persistent in the file; a no-op when already set.
      await adapter.executeScript("PRAGMA journal_mode = WAL;");
    } catch (error) {
      await adapter.dispose();
      throw error;
    }
    return adapter;
  }
}

/** Connections per process to a PostgreSQL server; MAX_CONCURRENT_REQUESTS bounds the requests that use them. */
export const PG_POOL_SIZE = 10;
/** A statement running longer than this is cancelled by the server (a 503, not a hung request). */
export const PG_STATEMENT_TIMEOUT_MS = 10_000;

/**
 * A Prisma client on `url`: the SQLite file (file:...) or a PostgreSQL server (postgresql://...).
 * Scripts use this; the app uses lib/db.ts.
 */
export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  if (databaseProvider(url) === "postgresql") {
    const adapter = new PrismaPg({
      connectionString: url,
      max: PG_POOL_SIZE,
      statement_timeout: options.statementTimeoutMs ?? PG_STATEMENT_TIMEOUT_MS,
      connectionTimeoutMillis: 5000,
    });
    // Both clients are generated from one schema (scripts/prisma-pg-schema.mjs), so their query
    // API is the same; the app is typed against the SQLite one.
    return new PgPrismaClient({ adapter }) as unknown as PrismaClient;
  }
  return new PrismaClient({
    adapter: new WalBetterSQLite3(
      url,
      options.beforeConnect,
      options.fileMustExist ?? false,
      options.readonly ?? false,
    ),
  });
}

export type { PrismaClient };
