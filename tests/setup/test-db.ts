import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { migrateDatabase } from "@/scripts/prisma.mjs";
import { TEST_DB_DIR } from "./test-dir";

const ROOT = path.resolve(__dirname, "../..");

export { TEST_DB_DIR };

/**
 * Set to a PostgreSQL server URL (postgresql://user@host:port/postgres) to run the database tests
 * on PostgreSQL: each test database is then a database of its own on that server.
 */
const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL;

/** Whether this run's test databases are on PostgreSQL (SQLite-file tests skip themselves). */
export const onPostgres = Boolean(TEST_POSTGRES_URL);

/** Prefix of this run's PostgreSQL databases, dropped together by the global teardown. */
export function testDatabasePrefix(): string {
  return `chipdeals_test_${process.env.VITEST_RUN_ID ?? process.pid}_`;
}

function postgresUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${testDatabasePrefix()}${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}`;
  return url.toString();
}

/** A fresh database (a SQLite file, or a PostgreSQL database) with every migration applied by `npm run db:migrate`. */
export function createMigratedDatabase(name: string): string {
  let url: string;
  if (TEST_POSTGRES_URL) {
    url = postgresUrl(name);
    execFileSync(process.execPath, [path.join(ROOT, "scripts/pg-database.mjs"), "recreate", url], { stdio: "pipe" });
  } else {
    mkdirSync(TEST_DB_DIR, { recursive: true });
    const file = path.join(TEST_DB_DIR, `${name}.db`);
    rmSync(file, { force: true });
    url = `file:${file}`;
  }
  migrateDatabase({ databaseUrl: url });
  return url;
}

/** Drops this run's PostgreSQL databases (the SQLite files go with TEST_DB_DIR). */
export function dropTestDatabases(): void {
  if (!TEST_POSTGRES_URL) return;
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${testDatabasePrefix()}`;
  execFileSync(process.execPath, [path.join(ROOT, "scripts/pg-database.mjs"), "drop-prefix", url.toString()], {
    stdio: "pipe",
  });
}

export async function createSeededDatabase(name: string): Promise<string> {
  const url = createMigratedDatabase(name);
  const db = createPrismaClient(url);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
  return url;
}
