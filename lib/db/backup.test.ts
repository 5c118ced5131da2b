// Backup while a writer is active, then restore (online, into a missing file, over a damaged
// one): the restored database answers every API query exactly as the backed-up snapshot does.
import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { everyAnswer, LISTS, loadApiRoutes, type ApiAnswer, type ApiGet } from "@/tests/setup/api-answers";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { copyDatabase, corruptInPlace } from "@/tests/setup/sqlite-faults";
import { TEST_DB_DIR } from "@/tests/setup/test-db";
import { backupDatabase, checkBackup, restoreDatabase } from "./backup";
import { sqliteFilePath } from "./sqlite-file";

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);

// The route handlers of this file read `served`, the file a running server would have open.
const served = sqliteFilePath(copyDatabase(process.env.DATABASE_URL!, "backup-served"));
const pristine = sqliteFilePath(copyDatabase(process.env.DATABASE_URL!, "backup-pristine"));
vi.stubEnv("DATABASE_URL", `file:${served}`);
vi.stubEnv("NODE_ENV", "production");

let get: ApiGet;
beforeAll(async () => {
  delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
  get = await loadApiRoutes();
});
afterAll(() => vi.unstubAllEnvs());

const answers = () => everyAnswer(get);

/** Replaces the served file with `file`'s contents as a new file, as a deploy would. */
function serve(file: string) {
  copyFileSync(file, `${served}.next`);
  for (const suffix of ["-wal", "-shm"]) rmSync(served + suffix, { force: true });
  renameSync(`${served}.next`, served);
}

async function settle() {
  // The reconnecting client looks at the file every 250 ms.
  await new Promise((resolve) => setTimeout(resolve, 600));
}

describe("backup and restore", () => {
  const backupFile = path.join(TEST_DB_DIR, "backup-snapshot.db");
  let snapshotRows = 0;
  let reference: Map<string, ApiAnswer>;
  const live = sqliteFilePath(copyDatabase(`file:${pristine}`, "backup-live"));

  it("takes a consistent backup while another process keeps writing", async () => {
    const writer = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["tests/setup/hand-writer.ts"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${live}` },
      stdio: ["pipe", "pipe", "inherit"],
    });
    let committed = -1;
    writer.stdout.on("data", (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/committed (\d+)/g)) committed = Number(match[1]);
    });
    try {
      await expect.poll(() => committed, { timeout: 20_000, interval: 20 }).toBeGreaterThanOrEqual(5);
      const check = await backupDatabase(live, backupFile);
      const atBackup = committed;
      expect(check.migrations).toBeGreaterThan(0);
      // The writer went on after the backup: it was active throughout.
      await expect.poll(() => committed, { timeout: 20_000, interval: 20 }).toBeGreaterThan(atBackup + 3);
    } finally {
      const exited = new Promise((resolve) => writer.once("exit", resolve));
      writer.stdin.end();
      await exited;
    }

    // A snapshot: hand-added deals 0..n-1 exactly, each with its party and chip (no torn transaction).
    const db = createPrismaClient(`file:${backupFile}`);
    try {
      const hand = await db.deal.findMany({
        where: { slug: { startsWith: "hand-added-" } },
        include: { parties: true, chips: true },
      });
      snapshotRows = hand.length;
      expect(snapshotRows).toBeGreaterThanOrEqual(5);
      expect(hand.map((d) => d.slug).sort()).toEqual(
        Array.from({ length: snapshotRows }, (_, i) => `hand-added-${i}`).sort(),
      );
      for (const deal of hand) expect([deal.parties.length, deal.chips.length], deal.slug).toEqual([1, 1]);
    } finally {
      await db.$disconnect();
    }
    const after = createPrismaClient(`file:${live}`);
    try {
      expect(await after.deal.count({ where: { slug: { startsWith: "hand-added-" } } })).toBeGreaterThan(snapshotRows);
    } finally {
      await after.$disconnect();
    }
  }, 60_000);

  it("the database it restores answers every query as the snapshot did", async () => {
    // The snapshot rebuilt independently: the pristine copy plus hand-added deals 0..n-1.
    const rebuilt = sqliteFilePath(copyDatabase(`file:${pristine}`, "backup-rebuilt"));
    const db = createPrismaClient(`file:${rebuilt}`);
    try {
      for (let i = 0; i < snapshotRows; i++) await addHandDeal(db, i);
    } finally {
      await db.$disconnect();
    }
    serve(rebuilt);
    await settle();
    reference = await answers();
    expect(reference.size).toBeGreaterThan(LISTS.length + snapshotRows);

    // The served database moves on (the writer's later rows), so the answers differ...
    serve(live);
    await settle();
    const moved = await answers();
    expect(moved.get("/api/deals?limit=500")!.body).not.toBe(reference.get("/api/deals?limit=500")!.body);

    // ...until the backup is restored into it online, while it is being read.
    let reading = true;
    const statuses: number[] = [];
    const reader = (async () => {
      while (reading) {
        statuses.push((await get("/api/deals?limit=500")).status);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    expect(await restoreDatabase(backupFile, served)).toBe("online");
    reading = false;
    await reader;
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([200]));
    await settle();
    expect(Object.fromEntries(await answers())).toEqual(Object.fromEntries(reference));
  }, 60_000);

  it("restores into a missing file and over a damaged one, keeping the damaged one aside", async () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(served + suffix, { force: true });
    await settle();
    expect((await get("/api/stats")).status).toBe(503);
    expect(await restoreDatabase(backupFile, served, { settleMs: 600 })).toBe("replaced");
    await settle();
    expect(Object.fromEntries(await answers())).toEqual(Object.fromEntries(reference));

    corruptInPlace(served);
    await settle();
    expect((await get("/api/stats")).status).toBe(503);
    expect(await restoreDatabase(backupFile, served, { settleMs: 600 })).toBe("replaced");
    await settle();
    expect(Object.fromEntries(await answers())).toEqual(Object.fromEntries(reference));
    expect(readdirSync(TEST_DB_DIR).some((n) => n.startsWith("backup-served.db.damaged-"))).toBe(true);
  }, 60_000);

  it("refuses to overwrite a file, and to restore what is not an intact chip-deals database", async () => {
    await expect(backupDatabase(served, backupFile)).rejects.toThrow(/never overwrites/);
    const damaged = path.join(TEST_DB_DIR, "backup-damaged-copy.db");
    copyFileSync(backupFile, damaged);
    corruptInPlace(damaged);
    expect(() => checkBackup(damaged)).toThrow();
    await expect(restoreDatabase(damaged, served)).rejects.toThrow();
    expect((await get("/api/stats")).status).toBe(200);
  });

  it("runs as npm run db:backup and db:restore", async () => {
    const env = { ...process.env, DATABASE_URL: `file:${served}` };
    const file = path.join(TEST_DB_DIR, "backup-cli.db");
    const backup = await run("npm", ["run", "--silent", "db:backup", "--", file], { cwd: ROOT, env });
    expect(backup.stdout).toMatch(/Backed up .* integrity ok/);
    expect(existsSync(file)).toBe(true);
    const restore = await run("npm", ["run", "--silent", "db:restore", "--", file], { cwd: ROOT, env });
    expect(restore.stdout).toMatch(/online/);
    await settle();
    expect(Object.fromEntries(await answers())).toEqual(Object.fromEntries(reference));
  }, 60_000);
});
