import { mkdirSync, rmSync } from "node:fs";
import { createSeededDatabase, dropTestDatabases, TEST_DB_DIR } from "./test-db";

// One seeded database per test run (a SQLite file, or a PostgreSQL database with
// TEST_POSTGRES_URL), shared read-only by the test files; files that write make their own
// with createMigratedDatabase.
export default async function setup() {
  process.env.VITEST_RUN_ID ??= String(process.pid);
  // Tests keep their files here on either provider (on PostgreSQL it holds no database).
  mkdirSync(TEST_DB_DIR, { recursive: true });
  process.env.DATABASE_URL = await createSeededDatabase("shared");
  return () => {
    rmSync(TEST_DB_DIR, { recursive: true, force: true });
    dropTestDatabases();
  };
}
