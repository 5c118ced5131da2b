import Database from "better-sqlite3";
import { openReadOnlySqlite } from "@/lib/db/client";
import { summarize, type Summary } from "./stats";

// The floor of GET /api/deals: the very statements a query runs on better-sqlite3 (through
// Prisma's adapter or lib/db/read.ts), with the same arguments, replayed on better-sqlite3 in
// this process. What the API adds on top is building the statements, mapping rows, DTOs, JSON,
// Next and HTTP.

export interface Statement {
  sql: string;
  args: unknown[];
}

type Method = (this: Database.Statement, ...args: unknown[]) => unknown;
const RUNS = ["all", "get", "iterate", "run"] as const;

/**
 * Runs `fn` while recording every statement better-sqlite3 runs in this process and its
 * arguments: bound by bind() (Prisma's adapter) or given to the call that runs it
 * (lib/db/read.ts, which also runs a statement it prepared before again).
 */
export async function captureStatements(fn: () => Promise<unknown>): Promise<Statement[]> {
  const probe = new Database(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<(typeof RUNS)[number] | "bind", Method>;
  probe.close();
  const originals = { bind: proto.bind, ...Object.fromEntries(RUNS.map((name) => [name, proto[name]])) } as Record<
    (typeof RUNS)[number] | "bind",
    Method
  >;
  const bound = new WeakMap<Database.Statement, unknown[]>();
  const captured: Statement[] = [];
  proto.bind = function (...args) {
    bound.set(this, args);
    return originals.bind.apply(this, args);
  };
  for (const name of RUNS) {
    proto[name] = function (...args) {
      // A connection's set-up (lib/db/reconnecting.ts) is no query's work.
      if (!/^\s*PRAGMA\b/i.test(this.source))
        captured.push({ sql: this.source, args: args.length ? args : (bound.get(this) ?? []) });
      return originals[name].apply(this, args);
    };
  }
  try {
    await fn();
  } finally {
    Object.assign(proto, originals);
  }
  return captured;
}

/** Replays `statements` as the adapter runs them, `iterations` times after a warm-up; the time of each round. */
export function replay(
  file: string,
  statements: readonly Statement[],
  iterations: number,
): Summary & { statements: number } {
  // As the app's connections read the file.
  const db = openReadOnlySqlite(file);
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
