import "server-only";
import { db, dbConnection } from "@/lib/db";
import { DATABASE_FAULTS, databaseFaultOf, type DatabaseFault } from "./faults";
import { fileIdentity, inspectSqliteFile } from "./sqlite-file";

export type DatabaseHealth = { ok: true } | { ok: false; fault: DatabaseFault };

/** How long one answer is reused: the check runs at most once a second, whatever the traffic. */
const CACHE_MS = 1000;

let cached: { at: number; file: string | null; health: Promise<DatabaseHealth> } | undefined;
let lastFault: DatabaseFault | null = null;

/**
 * Whether the database can answer queries now: the file is there, writable and SQLite, and a
 * one-row read of a real table succeeds. Cached for a second and shared by concurrent callers,
 * but checked again at once when the file changes (deleted, replaced, rewritten, chmod-ed).
 */
export function databaseHealth(now = Date.now()): Promise<DatabaseHealth> {
  const file = dbConnection.file === null ? null : fileIdentity(dbConnection.file);
  if (!cached || now - cached.at >= CACHE_MS || file !== cached.file) cached = { at: now, file, health: check() };
  return cached.health;
}

async function check(): Promise<DatabaseHealth> {
  const fault = await findFault();
  // Logged when the state changes, not once a second while it lasts.
  if (fault !== lastFault) {
    if (fault) console.error(`Database unavailable: ${DATABASE_FAULTS[fault]} (${dbConnection.file ?? "PostgreSQL"})`);
    else if (lastFault) console.error("Database available again");
  }
  lastFault = fault;
  return fault ? { ok: false, fault } : { ok: true };
}

async function findFault(): Promise<DatabaseFault | null> {
  dbConnection.sync();
  const fileFault = dbConnection.file === null ? null : inspectSqliteFile(dbConnection.file);
  if (fileFault) return fileFault;
  try {
    await db.deal.findFirst({ select: { id: true } });
    return null;
  } catch (error) {
    return databaseFaultOf(error) ?? "unavailable";
  }
}
