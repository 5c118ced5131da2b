import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Extraction } from "@/lib/ingest/types";
import { createSeededDatabase } from "@/tests/setup/test-db";

// The command as reviewers run it (`npm run -s ingest -- ...`), on a seeded SQLite file of its own.

const ROOT = path.resolve(__dirname, "../..");
let url: string;
let dbFile: string;
let work: string;

function run(args: string[], databaseUrl = url) {
  const result = spawnSync("npm", ["run", "-s", "ingest", "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The database file's bytes and whatever its write-ahead log holds. A reader in WAL mode may leave
 * an empty -wal and a -shm index behind (SQLite needs them to read); neither holds data.
 */
function databaseState(): string {
  const hash = createHash("sha256").update(readFileSync(dbFile));
  const wal = `${dbFile}-wal`;
  if (existsSync(wal)) hash.update(readFileSync(wal));
  return hash.digest("hex");
}

function article(name: string, content: string | Uint8Array): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}

const BODY =
  "Nvidia investeert tot 100 miljard dollar in OpenAI, zo maakte het bedrijf maandag bekend.\n\n" +
  "ASML investeert 1,3 miljard euro in de Franse start-up Mistral. Dat meldt Reuters.";

beforeAll(async () => {
  url = await createSeededDatabase("ingest-cli");
  dbFile = url.replace(/^file:/, "");
  work = mkdtempSync(path.join(os.tmpdir(), "ingest-cli-"));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run ingest -- FILE --dry-run --json", () => {
  it("prints exactly one JSON object in the contract's shape and writes nothing", () => {
    const before = databaseState();
    const file = article("good.txt", BODY);
    const { code, stdout, stderr } = run([file, "--lang", "nl", "--published", "2025-09-23", "--dry-run", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const extraction = Extraction.parse(JSON.parse(stdout));
    expect(extraction.deals.map((d) => [d.title, d.amount, d.currency, d.valueKind, d.announcedOn])).toEqual([
      ["Nvidia invests in OpenAI", "100000000000", "USD", "up_to", "2025-09-22"],
      ["ASML invests in Mistral", "1300000000", "EUR", "firm", null],
    ]);
    // Nvidia is in the seed, so it carries its slug; the others are proposed as new.
    expect(extraction.companies).toEqual([
      { name: "Nvidia", slug: "nvidia" },
      { name: "OpenAI", slug: null },
      { name: "ASML", slug: null },
      { name: "Mistral", slug: null },
    ]);
    for (const e of extraction.deals.flatMap((d) => d.evidence)) expect(BODY.slice(e.start, e.end)).toBe(e.quote);
    expect(databaseState()).toBe(before);
  });

  it("accepts --url, --title and a month-precision --published", () => {
    const file = article("flags.txt", BODY);
    const { code, stdout } = run([
      file,
      "--lang=nl",
      "--published",
      "2025-09",
      "--url",
      "https://example.test/a",
      "--title",
      "Nvidia en OpenAI",
      "--dry-run",
      "--json",
    ]);
    expect(code).toBe(0);
    const extraction = Extraction.parse(JSON.parse(stdout));
    // Without a day of publication "maandag" cannot be dated.
    expect(extraction.deals[0]?.announcedOn).toBeNull();
  });

  const bad: ReadonlyArray<readonly [string, () => string[], RegExp]> = [
    ["a missing file", () => [path.join(work, "nope.txt"), "--lang", "nl", "--dry-run", "--json"], /FILE not found/],
    [
      "a file that is not UTF-8",
      () => [article("latin1.txt", Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff])), "--lang", "nl", "--dry-run"],
      /not valid UTF-8/,
    ],
    ["an empty file", () => [article("empty.txt", " \n\t\n"), "--lang", "nl", "--dry-run", "--json"], /FILE is empty/],
    [
      "a file over 1 MB",
      () => [article("big.txt", "a".repeat(1024 * 1024 + 1)), "--lang", "nl", "--dry-run", "--json"],
      /over 1 MB/,
    ],
    [
      "an unknown language",
      () => [article("de.txt", BODY), "--lang", "de", "--dry-run", "--json"],
      /--lang: must be nl or en/,
    ],
    ["no language", () => [article("nolang.txt", BODY), "--dry-run", "--json"], /--lang is required/],
    [
      "a bad --published",
      () => [article("pub.txt", BODY), "--lang", "nl", "--published", "2025-02-30", "--dry-run", "--json"],
      /--published: is not a real date/,
    ],
    [
      "an unknown option",
      () => [article("opt.txt", BODY), "--lang", "nl", "--force", "--dry-run", "--json"],
      /unknown option --force/,
    ],
  ];
  it.each(bad)("refuses %s with one line on stderr, nothing on stdout, nothing written", (_name, args, message) => {
    const before = databaseState();
    const { code, stdout, stderr } = run(args());
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(databaseState()).toBe(before);
  });

  it("refuses to store an article without --published (exit 2), writing nothing", () => {
    const before = databaseState();
    const { code, stdout, stderr } = run([article("write.txt", BODY), "--lang", "nl", "--json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^ingest: --published YYYY-MM-DD\|YYYY-MM is required to store an article/);
    expect(databaseState()).toBe(before);
  });

  it("runs without known data on a missing database, says so, and does not create it", () => {
    const missing = path.join(work, "missing.db");
    const { code, stdout, stderr } = run(
      [article("nodb.txt", BODY), "--lang", "nl", "--dry-run", "--json"],
      `file:${missing}`,
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/^ingest: no database at .*missing\.db: extracting without known companies and deals\n$/);
    const extraction = Extraction.parse(JSON.parse(stdout));
    expect(extraction.companies.map((c) => [c.name, c.slug])).toEqual([
      ["Nvidia", null],
      ["OpenAI", null],
      ["ASML", null],
      ["Mistral", null],
    ]);
    expect(existsSync(missing)).toBe(false);
  });
});
