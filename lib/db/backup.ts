import { existsSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "./client";
import { inspectSqliteFile } from "./sqlite-file";

// Online backup and restore with SQLite's backup API (through better-sqlite3). SQLite-specific
// by nature, like the file checks; the app's queries stay in Prisma.

/** Pages per backup step after the first: all of them, so a busy source cannot keep restarting it. */
const ALL_PAGES = 1 << 30;
/** How long a restore that replaces the file waits for running servers to drop the old one (they look every 250 ms). */
const SETTLE_MS = 1000;

export interface BackupCheck {
  pages: number;
  migrations: number;
}

/**
 * Copies the database at `source` into a new file `destination`: a consistent snapshot (SQLite
 * restarts the copy if another connection writes mid-way) taken while the server reads and other
 * processes write. The copy is checked, left in rollback-journal mode (one self-contained file),
 * and only then given its name.
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupCheck> {
  if (existsSync(destination)) throw new Error(`${destination} exists; a backup never overwrites a file`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  try {
    await db.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  const copy = new Database(partial, { timeout: BUSY_TIMEOUT_MS });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
  const check = checkBackup(partial);
  renameSync(partial, destination);
  return check;
}

/** Fails unless `file` is an intact chip-deals database: integrity_check passes and it has been migrated. */
export function checkBackup(file: string): BackupCheck {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`${file} fails integrity_check: ${String(integrity)}`);
    const migrations = db
      .prepare("SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL")
      .get() as { n: number | bigint } | undefined;
    return { pages: Number(db.pragma("page_count", { simple: true })), migrations: Number(migrations?.n ?? 0) };
  } catch (error) {
    if (error instanceof Error && /no such table/.test(error.message))
      throw new Error(`${file} is not a chip-deals database (no migrations table)`);
    throw error;
  } finally {
    db.close();
  }
}

export type RestoreMode = "online" | "replaced";

/**
 * Puts the backup `backup` back as the database `target`.
 * - A healthy target is overwritten through the backup API in one transaction: running servers
 *   keep their connections and see the old data or the restored data, never a mix.
 * - A missing or damaged target is replaced: the damaged file is kept beside it as
 *   `<name>.damaged-<time>`, and the restored copy is renamed into place; running servers
 *   notice the new file and reconnect.
 */
export async function restoreDatabase(
  backup: string,
  target: string,
  options: { settleMs?: number } = {},
): Promise<RestoreMode> {
  checkBackup(backup);
  const fault = inspectSqliteFile(target);
  if (fault === "read-only") throw new Error(`${target} is read-only; make it writable, then restore`);
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    if (fault === null) {
      await source.backup(target, { progress: () => ALL_PAGES });
      return "online";
    }
    if (fault === "corrupt") {
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      for (const suffix of ["", "-wal", "-shm"]) {
        if (existsSync(target + suffix)) renameSync(target + suffix, `${target}.damaged-${stamp}${suffix}`);
      }
    }
    // Servers close their connections to the old file before the new one appears: SQLite
    // removes -wal and -shm by path when the last connection to a file closes.
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? SETTLE_MS));
    const partial = `${target}.restoring`;
    rmSync(partial, { force: true });
    await source.backup(partial, { progress: () => ALL_PAGES });
    for (const suffix of ["-wal", "-shm"]) rmSync(target + suffix, { force: true });
    renameSync(partial, target);
    return "replaced";
  } finally {
    source.close();
  }
}
