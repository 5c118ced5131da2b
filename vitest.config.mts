import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    // With TEST_POSTGRES_URL the database and API suites run on PostgreSQL; the tests of SQLite's
    // own file (faults, backup, the file inspector) stay with SQLite.
    ...(process.env.TEST_POSTGRES_URL && {
      exclude: [
        "tests/api/faults.test.ts",
        "lib/db/faults.test.ts",
        "lib/db/backup.test.ts",
        "lib/db/sqlite-file.test.ts",
        "**/node_modules/**",
      ],
    }),
    include: [
      "lib/**/*.test.ts",
      "prisma/**/*.test.ts",
      "app/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "tests/api/**/*.test.ts",
      "bench/**/*.test.ts",
      "server/**/*.test.ts",
      "tests/scale/**/*.test.ts",
    ],
    globalSetup: ["tests/setup/global-db.ts"],
    // Tests share one seeded SQLite file per run; files that write use their own copy.
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
