import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { databaseProvider } from "./lib/db/provider.mjs";
import { E2E_ADMIN_TOKEN } from "./tests/e2e/admin-token";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db";
// Playwright cannot download its browsers here; Debian's chromium is used where present.
const executablePath = process.env.CHROME_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  // The fault matrix breaks and mends a SQLite file of its own: it runs with the SQLite suite only.
  testIgnore: databaseProvider(DATABASE_URL) === "postgresql" ? ["**/faults.spec.ts"] : [],
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  reporter: [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build on its own freshly migrated and seeded database.
    command: `node scripts/e2e-server.mjs`,
    url: `http://127.0.0.1:${PORT}/`,
    // Migrate, seed and a production build: minutes on a busy 2-core machine.
    timeout: 600_000,
    reuseExistingServer: false,
    env: {
      DATABASE_URL,
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // Turns ingest on for tests/e2e/ingest.spec.ts.
      ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      // One process, so a page asked for twice comes from that process's answer cache
      // (security-headers.spec.ts); tests/scale/processes.test.ts covers two behind one port.
      WEB_CONCURRENCY: "1",
    },
  },
});
