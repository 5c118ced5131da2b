import type Database from "better-sqlite3";
import { createPrismaClient, openReadOnlySqlite, type PrismaClient } from "./client";
import { databaseProvider } from "./provider.mjs";
import { fileIdentity, sameFile, sqliteFilePath } from "./sqlite-file";

const WATCH_INTERVAL_MS = 250;
/** How long a connection replaced in place may finish the queries it is running. */
const RETIRE_AFTER_MS = 1000;

export interface ReconnectingClient {
  /** A stable client that forwards to the current connection: safe to import once and keep. */
  readonly client: PrismaClient;
  /** The SQLite database file; null on PostgreSQL, whose pool reconnects by itself. */
  readonly file: string | null;
  /**
   * A read-only better-sqlite3 connection on the SQLite file, opened on first use and again after
   * the file changed (lib/db/read.ts reads pages of deals on it). null on PostgreSQL, and while the
   * connections to a replaced file are closing: the Prisma client then waits for them.
   */
  reader(): Database.Database | null;
  /** Compares the file with the one the connection opened and reconnects if it changed. */
  sync(): void;
  /** Stops watching and closes the connection. */
  close(): Promise<void>;
}

/**
 * A Prisma client that recovers by itself when its SQLite file is deleted, replaced, restored,
 * rewritten or has its permissions changed: a watcher compares the file's identity every
 * 250 ms and opens a fresh connection when it differs. A missing file is never created.
 */
export function createReconnectingClient(url: string): ReconnectingClient {
  if (databaseProvider(url) === "postgresql") {
    // The pg pool drops a broken connection and opens a new one on the next query.
    const client = createPrismaClient(url);
    return { client, file: null, reader: () => null, sync() {}, close: () => client.$disconnect() };
  }
  const file = sqliteFilePath(url);
  let identity = fileIdentity(file);
  let closing: Promise<void> = Promise.resolve();
  /** Whether the connections to a replaced file are still closing (nothing may open the new one yet). */
  let closingOld = false;
  const open = () => createPrismaClient(url, { fileMustExist: true, beforeConnect: () => closing });
  let current = open();
  let reader: Database.Database | null = null;
  /** After close() the reader is not opened again (reads go through the Prisma client). */
  let closed = false;

  function openReader() {
    const connection = openReadOnlySqlite(file);
    connection.defaultSafeIntegers(true);
    return connection;
  }

  /** Statements on the reader run synchronously, so none is running here: it closes at once. */
  function closeReader() {
    reader?.close();
    reader = null;
  }

  /** Connections replaced in place, finishing their queries before they close. */
  const retiring = new Set<PrismaClient>();

  function retire(client: PrismaClient) {
    retiring.add(client);
    setTimeout(() => {
      if (retiring.delete(client)) void client.$disconnect().catch(() => {});
    }, RETIRE_AFTER_MS).unref();
  }

  function sync() {
    const next = fileIdentity(file);
    if (next === identity) return;
    closeReader();
    if (sameFile(next, identity)) {
      // Rewritten or chmod-ed in place: a fresh connection drops the old one's page cache, while
      // the old one finishes what it is running.
      retire(current);
    } else {
      // Deleted or replaced: the old connections hold a file no longer at this path. SQLite deletes
      // the -wal and -shm files by path when the last connection to a database closes, so they all
      // close before the new file is opened, or they would delete the new file's.
      const old = [current, ...retiring];
      retiring.clear();
      closingOld = true;
      const closed = (closing = Promise.all(old.map((client) => client.$disconnect().catch(() => {}))).then(() => {
        if (closing === closed) closingOld = false;
      }));
    }
    identity = next;
    current = open();
  }

  const watcher = setInterval(sync, WATCH_INTERVAL_MS);
  watcher.unref();

  const client = new Proxy({} as PrismaClient, {
    get(_target, property) {
      const value: unknown = Reflect.get(current, property, current);
      return typeof value === "function" ? value.bind(current) : value;
    },
  });

  return {
    client,
    file,
    reader() {
      if (reader?.open) return reader;
      // The file may have been replaced since the watcher last looked: the new one is opened only
      // once the Prisma client has let go of the old one, as it does.
      if (fileIdentity(file) !== identity) sync();
      return closingOld || closed ? null : (reader = openReader());
    },
    sync,
    async close() {
      closed = true;
      clearInterval(watcher);
      closeReader();
      await Promise.all([current, ...retiring].map((client) => client.$disconnect()));
      retiring.clear();
    },
  };
}
