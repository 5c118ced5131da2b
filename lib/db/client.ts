import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
 * better-sqlite3 waits synchronously, blocking the event loop, so it stays short: in WAL mode
 * readers wait only for a writer in exclusive locking mode or for crash recovery.
 */
export const BUSY_TIMEOUT_MS = 2000;

export interface ClientOptions {
  /** Fail with SQLITE_CANTOPEN instead of creating an empty database when the file is missing. */
  fileMustExist?: boolean;
  /** Awaited before each new connection opens (the reconnecting client closes the old one first). */
  beforeConnect?: () => Promise<void>;
}

/** The better-sqlite3 adapter, with every new connection switched to WAL journaling. */
class WalBetterSQLite3 extends PrismaBetterSQLite3 {
  constructor(
    url: string,
    private readonly beforeConnect: (() => Promise<void>) | undefined,
    fileMustExist: boolean,
  ) {
    super({ url, timeout: BUSY_TIMEOUT_MS, fileMustExist });
  }

  override async connect() {
    await this.beforeConnect?.();
    const adapter = await super.connect();
    try {
      // Readers never block the writer nor it them. Persistent in the file; a no-op when already set.
      await adapter.executeScript("PRAGMA journal_mode = WAL;");
    } catch (error) {
      await adapter.dispose();
      throw error;
    }
    return adapter;
  }
}

/** A Prisma client on the SQLite file at `url` (file:...). Scripts use this; the app uses lib/db.ts. */
export function createPrismaClient(url: string, options: ClientOptions = {}): PrismaClient {
  return new PrismaClient({
    adapter: new WalBetterSQLite3(url, options.beforeConnect, options.fileMustExist ?? false),
  });
}

export type { PrismaClient };
