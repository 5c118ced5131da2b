import "server-only";
import type Database from "better-sqlite3";
import { db, dbConnection } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nestedRows, setColumn } from "./nested-rows";

// Reads that a list page makes several of, on SQLite straight on better-sqlite3. Prisma's
// $queryRaw runs the same statement on the same driver, but its round trip through the query
// interpreter and its row mapping took about 1 ms a statement, and a page of deals takes eight
// (in process at 100,000 deals: 7-11 ms for loading a page's 50 deals, its statements raw under
// 3 ms). The rows are typed as $queryRaw types them: tests/api/read-rows.test.ts checks them
// equal to Prisma's, tests/api/deal-load.test.ts the deals loaded from them, on both providers.

type Convert = (value: unknown) => unknown;

const asNumber: Convert = (value) => (typeof value === "bigint" ? Number(value) : value);
const asBoolean: Convert = (value) => (value === null ? null : Boolean(Number(value)));
/** SQLite's CURRENT_TIMESTAMP ("2026-12-03 10:05:39") is UTC without saying so. */
const asDate: Convert = (value) => {
  if (value === null) return null;
  if (typeof value === "bigint" || typeof value === "number") return new Date(Number(value));
  const text = String(value);
  return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(text) ? `${text.replace(" ", "T")}Z` : text);
};
const asIs: Convert = (value) => value;

/** How $queryRaw types a column of a declared type (the better-sqlite3 adapter's mapping). */
function converterOf(declaredType: string | null): Convert {
  switch (declaredType?.toUpperCase()) {
    case "INT":
    case "INTEGER":
    case "TINYINT":
    case "SMALLINT":
    case "MEDIUMINT":
    case "INT2":
      return asNumber;
    case "BOOLEAN":
      return asBoolean;
    case "DATETIME":
    case "TIMESTAMP":
      return asDate;
    default:
      // TEXT stays a string, BIGINT (and an integer expression) a bigint, REAL a number.
      return asIs;
  }
}

/** An argument as the adapter binds it: a date as ISO text with "+00:00", a boolean as 0 or 1. */
const bound = (value: unknown) =>
  value instanceof Date
    ? value.toISOString().replace("Z", "+00:00")
    : typeof value === "boolean"
      ? Number(value)
      : value;

/** A prepared statement and how its columns are read. */
interface Reading {
  statement: Database.Statement;
  names: string[];
  /** The path of a column named "a.b"; null for a plain name. */
  paths: (string[] | null)[];
  converters: Convert[];
}

/** What a connection keeps: its statements by their SQL, most recently used last, and the schema's version they were prepared on. */
interface Kept {
  /** PRAGMA schema_version. */
  schema: Database.Statement;
  /** A statement whose run makes SQLite load the schema anew when another connection changed it. */
  reload: Database.Statement;
  version: unknown;
  readings: Map<string, Reading>;
}

/**
 * Statements prepared on each connection. A page's statements have the same text for any filter
 * values (about 0.5 ms a request to prepare anew). A migration while the app runs can change what
 * a "*" stands for, and SQLite re-prepares such a statement by itself when it runs: the kept
 * columns would then name the wrong values, so a read that finds a new schema version drops them
 * all and reads again.
 */
const keptBy = new WeakMap<Database.Database, Kept>();
const READINGS_KEPT = 200;

function keptOn(sqlite: Database.Database): Kept {
  let kept = keptBy.get(sqlite);
  if (!kept) {
    const schema = sqlite.prepare("PRAGMA schema_version").pluck();
    const reload = sqlite.prepare(`SELECT 1 FROM "sqlite_master" LIMIT 1`);
    keptBy.set(sqlite, (kept = { schema, reload, version: schema.get(), readings: new Map() }));
  }
  return kept;
}

function readingOf(kept: Kept, sqlite: Database.Database, sql: string): Reading {
  const { readings } = kept;
  const known = readings.get(sql);
  if (known) {
    readings.delete(sql);
    readings.set(sql, known);
    return known;
  }
  const statement = sqlite.prepare(sql);
  const columns = statement.columns();
  // Integers read as bigint only where $queryRaw gives a bigint (BIGINT, an expression): the rest
  // would be converted back to numbers.
  statement.safeIntegers(
    columns.some((column) => column.type === null || /^(BIGINT|UNSIGNED BIG INT|INT8)$/i.test(column.type)),
  );
  statement.raw(true);
  const reading: Reading = {
    statement,
    names: columns.map((column) => column.name),
    paths: columns.map((column) => (column.name.includes(".") ? column.name.split(".") : null)),
    converters: columns.map((column) => converterOf(column.type)),
  };
  readings.set(sql, reading);
  if (readings.size > READINGS_KEPT) readings.delete(readings.keys().next().value!);
  return reading;
}

/**
 * Rows built property by property from raw arrays: better-sqlite3's own row objects are slow to
 * copy (spreading 275 evidence rows took 1.5 ms, these 0.03 ms).
 */
function allRows<T>(sqlite: Database.Database, sql: Prisma.Sql): T[] {
  const kept = keptOn(sqlite);
  const { statement, names, paths, converters } = readingOf(kept, sqlite, sql.sql);
  const rows = statement.all(...sql.values.map(bound)) as unknown[][];
  const version = kept.schema.get();
  if (version !== kept.version) {
    // Another connection changed the schema: the columns above may be the old ones. Reading the
    // version does not load the new schema (preparing would still see the old one); this does.
    kept.reload.get();
    kept.version = version;
    kept.readings.clear();
    return allRows(sqlite, sql);
  }
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const path = paths[i];
      if (path) setColumn(row, path, converters[i]!(values[i]));
      else row[names[i]!] = converters[i]!(values[i]);
    }
    return row as T;
  });
}

/**
 * The rows of a SELECT, typed as db.$queryRaw types them, a column named "a.b" read into b of
 * the row's object a: on SQLite read on the process's read-only connection, on PostgreSQL (and
 * while a replaced SQLite file's old connections close) through Prisma.
 */
export async function readRows<T>(statement: Prisma.Sql): Promise<T[]> {
  const sqlite = dbConnection.reader();
  return sqlite
    ? allRows<T>(sqlite, statement)
    : nestedRows<T>(await db.$queryRaw<Record<string, unknown>[]>(statement));
}
