// The checked-in migrations build exactly prisma/schema.prisma, on SQLite and (with
// TEST_POSTGRES_URL) on PostgreSQL: a database migrated from nothing has the same tables, columns
// and indexes as one made straight from the schema. A schema change without `npm run
// db:new-migration` fails here.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createMigratedDatabase, onPostgres, TEST_DB_DIR } from "@/tests/setup/test-db";
import { isDerivedObject } from "./derived/objects.mjs";

const ROOT = path.resolve(__dirname, "..");

/** The SQL that creates `schema` from nothing, as Prisma writes it. */
function schemaSql(schema: string, url: string): string {
  return execFileSync(
    path.join(ROOT, "node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", schema, "--script"],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" }, stdio: "pipe" },
  ).toString();
}

function sqliteStructure(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables
        .filter(({ name }) => !isDerivedObject(name))
        .map(({ name }) => [
          name,
          {
            columns: db.prepare(`PRAGMA table_info("${name}")`).all(),
            indexes: (db.prepare(`PRAGMA index_list("${name}")`).all() as { name: string; unique: number }[])
              .map((index) => ({
                name: index.name,
                unique: index.unique,
                columns: (db.prepare(`PRAGMA index_info("${index.name}")`).all() as { name: string }[]).map(
                  (c) => c.name,
                ),
              }))
              .sort((a, b) => a.name.localeCompare(b.name)),
            foreignKeys: db.prepare(`PRAGMA foreign_key_list("${name}")`).all(),
          },
        ]),
    );
  } finally {
    db.close();
  }
}

async function postgresStructure(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    );
    const indexes = await client.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    );
    const constraints = await client.query(
      `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`,
    );
    return {
      columns: columns.rows,
      indexes: indexes.rows.filter((row: { indexname: string }) => !isDerivedObject(row.indexname)),
      constraints: constraints.rows,
    };
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("the snapshot the migration script diffs from is the schema (npm run db:new-migration was run)", () => {
    const snapshot = readFileSync(path.join(ROOT, "prisma/schema.migrated.prisma"), "utf8");
    const schema = readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
    expect(snapshot.slice(snapshot.indexOf("\n") + 1)).toBe(schema);
  });

  it.skipIf(onPostgres)("build the schema on SQLite", () => {
    const migrated = createMigratedDatabase("migrations-check").replace(/^file:/, "");
    const direct = path.join(TEST_DB_DIR, "schema-direct.db");
    const db = new Database(direct);
    db.exec(schemaSql("prisma/schema.prisma", "file:./prisma/dev.db"));
    db.close();
    const expected = sqliteStructure(direct);
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(sqliteStructure(migrated)).toEqual(expected);
  });

  it.runIf(onPostgres)("build the schema on PostgreSQL", async () => {
    const migrated = createMigratedDatabase("migrations_check");
    execFileSync(process.execPath, [path.join(ROOT, "scripts/pg-database.mjs"), "recreate", migrated + "_direct"]);
    const client = new pg.Client({ connectionString: migrated + "_direct" });
    await client.connect();
    try {
      await client.query(schemaSql("prisma/postgresql/schema.prisma", migrated));
    } finally {
      await client.end();
    }
    const expected = await postgresStructure(migrated + "_direct");
    expect(expected.columns.length).toBeGreaterThan(50);
    expect(await postgresStructure(migrated)).toEqual(expected);
  });
});
