// Applies the migrations for the database DATABASE_URL names (default file:./prisma/dev.db).
// SQLite: `prisma migrate deploy`. PostgreSQL: the SQL files in prisma/postgresql/migrations, in
// order, each in a transaction, recorded in Prisma's own _prisma_migrations table; Prisma 6.19's
// migrate cannot read a PostgreSQL catalogue through the pg driver adapter (prisma/prisma#27403).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseProvider } from "../lib/db/provider.mjs";
import { runPrisma } from "./prisma.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";

if (databaseProvider(url) === "sqlite") {
  try {
    runPrisma(["migrate", "deploy"], { echo: true });
  } catch {
    // Its output has been written already.
    process.exit(1);
  }
  process.exit(0);
}

const folder = path.join(root, "prisma", "postgresql", "migrations");
const migrations = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

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
  for (const name of migrations) {
    const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    if (applied.has(name)) {
      if (applied.get(name) !== checksum) throw new Error(`Migration ${name} was changed after it was applied`);
      continue;
    }
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
  console.log(`${migrations.length} migrations, ${count} newly applied (PostgreSQL).`);
} finally {
  await client.end();
}
