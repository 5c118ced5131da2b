// The ingest command's store mode (no --dry-run), run as a user would, on a private database copy.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { INGEST_ARTICLE } from "@/tests/setup/ingest-article";
import { TEST_DB_DIR } from "@/tests/setup/test-dir";
import { createSeededDatabase } from "@/tests/setup/test-db";

const ROOT = path.resolve(__dirname, "../..");
const url = await createSeededDatabase("ingest_cli");
const file = path.join(TEST_DB_DIR, "ingest-cli-article.txt");
writeFileSync(file, INGEST_ARTICLE);
const db = createPrismaClient(url);
afterAll(() => db.$disconnect());

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["scripts/ingest.ts", ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run ingest without --dry-run", () => {
  it("stores the article and its candidates as pending, and refuses the same text twice", async () => {
    const stored = await ingest(
      file,
      "--lang",
      "nl",
      "--published",
      "2026-03-10",
      "--title",
      "Microsoft koopt",
      "--json",
    );
    expect(stored).toMatchObject({ code: 0, stderr: "" });
    const result = JSON.parse(stored.stdout) as { ingest: number; status: string; deals: number };
    expect(result).toMatchObject({ status: "pending", review: `/ingest/${result.ingest}` });
    const row = await db.ingest.findUniqueOrThrow({ where: { id: result.ingest } });
    expect(row).toMatchObject({ status: "pending", title: "Microsoft koopt", language: "nl", text: INGEST_ARTICLE });
    expect(JSON.parse(row.candidates).deals).toHaveLength(result.deals);
    expect(await db.article.count({ where: { ingestId: result.ingest } })).toBe(0);

    const again = await ingest(file, "--lang", "nl", "--published", "2026-03-10");
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split("\n")).toEqual([expect.stringContaining("ingested before")]);
    expect(await db.ingest.count()).toBe(1);
  }, 60_000);

  it("needs --published to store, and writes nothing without it", async () => {
    const before = await db.ingest.count();
    const missing = await ingest(file, "--lang", "nl");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--published/);
    expect(await db.ingest.count()).toBe(before);
  }, 60_000);
});
