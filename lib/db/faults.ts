// Database faults the app answers with 503: the database (its file, or its server), not the
// request, is at fault, and the answer changes by itself once the database is good again.

export const DATABASE_FAULTS = {
  missing: "the database file is missing",
  "read-only": "the database file is read-only",
  busy: "the database is locked by another writer",
  corrupt: "the database file is damaged",
  unmigrated: "the database has no chip-deals tables (not migrated)",
  unavailable: "the database cannot be read",
  refused: "the database server refused the app's credentials",
  overloaded: "the database server has no free connection",
  timeout: "a database statement took too long",
} as const;

export type DatabaseFault = keyof typeof DATABASE_FAULTS;

/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

const BY_CODE: [RegExp, DatabaseFault][] = [
  [/^SQLITE_CANTOPEN/, "missing"],
  [/^SQLITE_READONLY/, "read-only"],
  [/^SQLITE_(BUSY|LOCKED)/, "busy"],
  // The adapter reports SQLITE_BUSY as a socket timeout, which Prisma turns into P1008.
  [/^P1008$/, "busy"],
  [/^SQLITE_(CORRUPT|NOTADB)/, "corrupt"],
  // Table or column missing.
  [/^P202[12]$/, "unmigrated"],
  [/^SQLITE_(IOERR|FULL|PROTOCOL|NOMEM|PERM|AUTH)/, "unavailable"],
  // Connection failures before any query (P1003: the database does not exist; P1000: credentials refused).
  [/^P1003$/, "missing"],
  [/^P1000$/, "refused"],
  [/^P10(0[0-3]|1[07])$/, "unavailable"],
  // PostgreSQL's SQLSTATEs (the pg driver adapter's originalCode) and Node's socket errors.
  [/^28(000|P01)$/, "refused"],
  [/^53300$/, "overloaded"],
  [/^57014$/, "timeout"],
  [/^55P03$/, "busy"],
  [/^3D000$/, "missing"],
  [/^42P01$/, "unmigrated"],
  [/^(57P0[1-3]|08\d{3}|53\d{3})$/, "unavailable"],
  [/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE)$/, "unavailable"],
];

const BY_MESSAGE: [RegExp, DatabaseFault][] = [
  [/unable to open database file/i, "missing"],
  [/attempt to write a readonly database/i, "read-only"],
  [/database is locked|database table is locked/i, "busy"],
  [/file is not a database|database disk image is malformed/i, "corrupt"],
  [/no such table|no such column|has no column named/i, "unmigrated"],
  [/directory does not exist/i, "missing"],
  [/database connection is not open/i, "unavailable"],
  [/password authentication failed/i, "refused"],
  [/too many connections/i, "overloaded"],
  [/canceling statement due to statement timeout/i, "timeout"],
  [/Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i, "unavailable"],
];

/**
 * The database fault behind an error thrown by Prisma or better-sqlite3, or null for any other
 * error (a bug, which stays a 500). Looks at SQLite result codes, Prisma's codes and the causes.
 */
export function databaseFaultOf(error: unknown): DatabaseFault | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const item = queue.shift();
    if (!item || typeof item !== "object" || seen.has(item)) continue;
    seen.add(item);
    const record = item as Record<string, unknown>;
    for (const key of ["code", "originalCode", "errorCode"]) {
      const code = record[key];
      if (typeof code !== "string") continue;
      const match = BY_CODE.find(([pattern]) => pattern.test(code));
      if (match) return match[1];
    }
    if (record.name === "PrismaClientInitializationError") return "unavailable";
    for (const key of ["originalMessage", "message"]) {
      const message = record[key];
      if (typeof message !== "string") continue;
      const match = BY_MESSAGE.find(([pattern]) => pattern.test(message));
      if (match) return match[1];
    }
    queue.push(record.cause, record.meta, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
  }
  return null;
}
