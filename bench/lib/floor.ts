import Database from "better-sqlite3";
import { summarize, type Summary } from "./stats";

// The floor of GET /api/deals: the very statements a query runs on better-sqlite3 (through
// Prisma's adapter or lib/db/read.ts), with the same arguments, replayed on better-sqlite3 in
// this process. What the API adds on top is building the statements, mapping rows, DTOs, JSON,
// Next and HTTP.

export interface Statement {
  sql: string;
  args: unknown[];
}

type Prepare = (this: Database.Database, sql: string) => Database.Statement;

/**
 * Runs `fn` while recording every statement better-sqlite3 prepares in this process and the
 * arguments bound to it (the adapter and lib/db/read.ts prepare each query anew).
 */
export async function captureStatements(fn: () => Promise<unknown>): Promise<Statement[]> {
  const proto = Database.prototype as unknown as { prepare: Prepare };
  const original = proto.prepare;
  const captured: Statement[] = [];
  proto.prepare = function (this: Database.Database, sql: string) {
    const stmt = original.call(this, sql);
    const entry: Statement = { sql, args: [] };
    captured.push(entry);
    // Arguments are bound by bind() (Prisma's adapter) or given to the call that runs it (lib/db/read.ts).
    for (const method of ["bind", "all", "get", "iterate", "run"] as const) {
      const call = (stmt[method] as (...args: unknown[]) => unknown).bind(stmt);
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        if (args.length) entry.args = args;
        return call(...args);
      };
    }
    return stmt;
  };
  try {
    await fn();
  } finally {
    proto.prepare = original;
  }
  return captured;
}

/** Replays `statements` as the adapter runs them, `iterations` times after a warm-up; the time of each round. */
export function replay(
  file: string,
  statements: readonly Statement[],
  iterations: number,
): Summary & { statements: number } {
  const db = new Database(file, { readonly: true });
  db.defaultSafeIntegers(true);
  const round = () => {
    for (const s of statements) {
      const stmt = db.prepare(s.sql).bind(...s.args);
      if (stmt.reader) stmt.raw().all();
      else stmt.run();
    }
  };
  try {
    for (let i = 0; i < Math.min(10, iterations); i++) round();
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      round();
      samples.push(performance.now() - started);
    }
    return { ...summarize(samples), statements: statements.length };
  } finally {
    db.close();
  }
}
