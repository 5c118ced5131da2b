// Applies the migrations for the database DATABASE_URL names (default file:./prisma/dev.db), then
// (re)creates the objects of prisma/derived/objects.mjs. The SQL files of prisma/migrations
// (SQLite) or prisma/postgresql/migrations are applied in order, each in a transaction, and
// recorded in Prisma's own _prisma_migrations table, as `prisma migrate deploy` does (same table,
// same checksums), without its CLI: Prisma 6.19's migrate cannot read a PostgreSQL catalogue
// through the pg driver adapter (prisma/prisma#27403), and on SQLite its schema engine takes about
// a second to start, most of the time of a migrate from nothing.
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import {
  derivedStatements,
  EXPORT_FORMAT_FILES,
  EXPORT_FORMAT_TABLE,
  exportResetStatements,
  exportTriggerDropStatements,
  STORED_TABLES,
  storedTableUpgradeStatements,
  SEARCH_INDEXES,
  searchRebuildStatements,
} from "../prisma/derived/objects.mjs";
import { databaseProvider } from "../lib/db/provider.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A hash of the code that writes the stored CSV lines and DTO JSON (prisma/derived/objects.mjs EXPORT_FORMAT_FILES). */
function exportFormat() {
  const hash = createHash("sha256");
  for (const file of EXPORT_FORMAT_FILES) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(path.join(root, file)));
    } catch {
      hash.update("missing");
    }
  }
  return hash.digest("hex").slice(0, 24);
}
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const provider = databaseProvider(url);

/** @param {string} folder */
function migrationsIn(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const sql = readFileSync(path.join(folder, entry.name, "migration.sql"), "utf8");
      return { name: entry.name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * @param {Map<string, string>} applied checksum by migration name
 * @param {{ name: string; checksum: string }} migration
 */
function isApplied(applied, migration) {
  if (!applied.has(migration.name)) return false;
  if (applied.get(migration.name) !== migration.checksum)
    throw new Error(`Migration ${migration.name} was changed after it was applied`);
  return true;
}

if (provider === "sqlite") {
  // Resolved from the working directory, as the app's better-sqlite3 adapter does.
  const file = path.resolve(url.replace(/^file:/, ""));
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma("busy_timeout = 10000");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`);
    const applied = new Map(
      /** @type {{ migration_name: string; checksum: string }[]} */ (
        db
          .prepare(
            `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
          )
          .all()
      ).map((row) => [row.migration_name, row.checksum]),
    );
    const migrations = migrationsIn(path.join(root, "prisma", "migrations"));
    let count = 0;
    // A migration that redefines a table turns foreign keys off around it; that pragma has no
    // effect inside a transaction, so it is off for the whole run and checked before each commit.
    db.pragma("foreign_keys = OFF");
    // Dropped for the migrations, outside their transactions: the transaction at the end makes
    // them anew and drops what a write in between may have left stale, also after a failure.
    if (migrations.some((migration) => !isApplied(applied, migration)))
      for (const statement of exportTriggerDropStatements("sqlite")) db.exec(statement);
    /** @type {Error | null} */
    let failure = null;
    for (const migration of migrations) {
      if (isApplied(applied, migration)) continue;
      const started = new Date().toISOString();
      db.exec("BEGIN IMMEDIATE");
      try {
        db.exec(migration.sql);
        const broken = db.pragma("foreign_key_check");
        if (broken.length) throw new Error(`it leaves ${broken.length} rows with a broken foreign key`);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), migration.checksum, new Date().toISOString(), migration.name, started);
        db.exec("COMMIT");
      } catch (error) {
        db.exec("ROLLBACK");
        failure = new Error(
          `Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        break;
      }
      count += 1;
      console.log(`Applied ${migration.name}`);
    }
    db.pragma("foreign_keys = ON");
    const missingIndex = SEARCH_INDEXES.some(
      ({ index }) => !db.prepare(`SELECT 1 FROM sqlite_master WHERE name = ?`).get(index),
    );
    db.transaction(() => {
      // Made anew each time, in this transaction: a trigger of an older version drops less.
      for (const statement of exportTriggerDropStatements("sqlite")) db.exec(statement);
      for (const table of STORED_TABLES) {
        const columns = db.prepare(`SELECT "name" FROM pragma_table_info(?) ORDER BY "cid"`).pluck().all(table);
        for (const statement of storedTableUpgradeStatements(table, /** @type {string[]} */ (columns)))
          db.exec(statement);
      }
      for (const statement of derivedStatements("sqlite")) db.exec(statement);
      // A new text index starts empty, and a migration may have rewritten a table without its triggers.
      if (missingIndex || count > 0) for (const statement of searchRebuildStatements("sqlite")) db.exec(statement);
      // A migration may change what a stored row is made of, and new code how it is written.
      const format = exportFormat();
      const written = db.prepare(`SELECT "format" FROM "${EXPORT_FORMAT_TABLE}" WHERE "id" = 1`).pluck().get();
      if (count > 0 || failure || written !== format)
        for (const statement of exportResetStatements("sqlite")) db.exec(statement);
      db.prepare(
        `INSERT INTO "${EXPORT_FORMAT_TABLE}" ("id", "format") VALUES (1, ?) ON CONFLICT ("id") DO UPDATE SET "format" = excluded."format"`,
      ).run(format);
    })();
    if (failure) throw failure;
    console.log(
      `${migrations.length} migrations, ${count} newly applied (SQLite ${path.relative(process.cwd(), file)}).`,
    );
  } finally {
    db.close();
  }
  process.exit(0);
}

const migrations = migrationsIn(path.join(root, "prisma", "postgresql", "migrations"));

const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  // Two instances starting at once apply each migration once.
  await client.query("SELECT pg_advisory_lock(72707369)");
  await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  const applied = new Map(
    (
      await client.query(
        `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    ).rows.map((row) => [row.migration_name, row.checksum]),
  );
  let count = 0;
  for (const { name, sql, checksum } of migrations) {
    if (isApplied(applied, { name, checksum })) continue;
    await client.query("BEGIN");
    try {
      await client.query(sql);
      await client.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
         VALUES (gen_random_uuid()::text, $1, now(), $2, 1)`,
        [checksum, name],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw new Error(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    count += 1;
    console.log(`Applied ${name}`);
  }
  await client.query("BEGIN");
  for (const statement of derivedStatements("postgresql")) await client.query(statement);
  await client.query("COMMIT");
  console.log(`${migrations.length} migrations, ${count} newly applied (PostgreSQL).`);
} finally {
  await client.end();
}
