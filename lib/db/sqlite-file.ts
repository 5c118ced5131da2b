import { accessSync, closeSync, constants, openSync, readSync, statSync } from "node:fs";
import path from "node:path";

// What can be told about a SQLite database from its file alone, without opening it.

/** The file a `file:` URL names, resolved from the working directory as better-sqlite3 does. */
export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, ""));
}

/**
 * Changes whenever the file is replaced (inode), rewritten or restored in place (size, mtime),
 * or its permissions change (ctime). null when there is no file.
 */
export function fileIdentity(file: string): string | null {
  try {
    const s = statSync(file, { bigint: true });
    return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
  } catch {
    return null;
  }
}

/** Whether two identities name the same file on disk (possibly with different contents). */
export function sameFile(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.split(":", 2).join(":") === b.split(":", 2).join(":");
}

export type FileFault = "missing" | "read-only" | "corrupt";

const HEADER = Buffer.from("SQLite format 3\0", "latin1");
const HEADER_SIZE = 100;

/**
 * The fault visible from outside: no file, a file this process may not write (WAL readers need
 * write access too, and a write-protected file is a misconfiguration here), or one that does not
 * start with SQLite's header. An empty file is an empty database, left to the query that finds no tables.
 */
export function inspectSqliteFile(file: string): FileFault | null {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return "missing";
  }
  if (!stats.isFile()) return "missing";
  if (!writable(file, stats.mode)) return "read-only";
  if (stats.size === 0) return null;
  if (stats.size < HEADER_SIZE) return "corrupt";
  const header = Buffer.alloc(HEADER.length);
  let fd: number | undefined;
  try {
    fd = openSync(file, "r");
    readSync(fd, header, 0, header.length, 0);
  } catch {
    return "missing";
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return header.equals(HEADER) ? null : "corrupt";
}

function writable(file: string, mode: number): boolean {
  // root may write anything, so access() always says yes; the permission bits say what was meant.
  if (process.getuid?.() === 0) return (mode & 0o222) !== 0;
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
