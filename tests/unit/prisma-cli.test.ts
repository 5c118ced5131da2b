import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ADAPTER_URL_WARNING, runPrisma } from "@/scripts/prisma.mjs";
import { TEST_DB_DIR } from "@/tests/setup/test-dir";

const ROOT = path.resolve(__dirname, "../..");
const databaseUrl = `file:${path.join(TEST_DB_DIR, "prisma-cli.db")}`;

describe("scripts/prisma.mjs", () => {
  // If this fails after a Prisma upgrade, the warning changed or is gone: update or drop the filter.
  it("knows the text of the warning Prisma prints on every migrate", () => {
    const raw = execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
      encoding: "utf8",
    });
    expect(raw).toMatch(ADAPTER_URL_WARNING);
  });

  it("runs the CLI without it, and says what failed", () => {
    const out = runPrisma(["migrate", "deploy"], { databaseUrl });
    expect(out).toContain("migrations found in prisma/migrations");
    expect(out).not.toContain("NOT be used");
    expect(() => runPrisma(["migrate", "frobnicate"], { databaseUrl })).toThrow(/prisma migrate frobnicate failed/);
  });
});
