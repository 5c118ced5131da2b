import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { LEAK } from "../api/hostile";
import { corruptInPlace, holdLock } from "../setup/sqlite-faults";

// The fault matrix on a production server of its own (the same build, a private copy of the
// e2e database), broken and mended while it runs: it must answer 503 pages and JSON without a
// stack trace and come back by itself. Prints the matrix it saw.

const ROOT = path.resolve(__dirname, "../..");
const PORT = Number(process.env.E2E_FAULT_PORT ?? 3211);
const BASE = `http://127.0.0.1:${PORT}`;
const DIR = path.join(os.tmpdir(), `chip-deals-faults-${process.pid}`);
const FILE = path.join(DIR, "faults.db");
const BACKUP = path.join(DIR, "backup.db");
const run = promisify(execFile);
const npm = (script: string, ...args: string[]) =>
  run("npm", ["run", "--silent", script, "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${FILE}` },
  });

let server: ChildProcess;
const matrix: string[] = [];

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  // An online copy of the e2e server's database (which is in use), through the backup script.
  const e2e = (process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, "");
  await run("npm", ["run", "--silent", "db:backup", "--", FILE], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${path.resolve(ROOT, e2e)}` },
  });
  server = spawn(process.execPath, ["server/start.mjs", "-H", "127.0.0.1", "-p", String(PORT)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${FILE}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect
    .poll(
      () =>
        fetch(`${BASE}/api/openapi.json`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  console.log(`\nFault matrix (${BASE}):\n${matrix.join("\n")}`);
  rmSync(DIR, { recursive: true, force: true });
});

async function statusOf(url: string) {
  const response = await fetch(BASE + url, { redirect: "manual" });
  return { response, status: response.status, body: await response.text() };
}

/** Checks the 503 page and JSON (a lock is noticed by the next health check, within a second or two). */
async function expectUnavailable(fault: string, label: string) {
  await expect.poll(async () => (await statusOf("/")).status, { timeout: 15_000 }).toBe(503);
  const api = await statusOf("/api/deals?limit=1");
  const page = await statusOf("/");
  const csv = await statusOf("/api/deals.csv");
  expect([api.status, page.status, csv.status]).toEqual([503, 503, 503]);
  expect(JSON.parse(api.body)).toEqual({ error: expect.stringMatching(/^Service unavailable: /), fault });
  expect(api.response.headers.get("retry-after")).toBe("5");
  expect(page.response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(page.body).toContain("chip-deals is temporarily unavailable");
  for (const body of [api.body, page.body, csv.body]) expect(body).not.toMatch(LEAK);
  // A route that needs no database still answers.
  expect((await statusOf("/api/openapi.json")).status).toBe(200);
  matrix.push(
    `  ${label.padEnd(34)} → 503 ${JSON.stringify(JSON.parse(api.body))}; page 503 "${/<h1>([^<]+)/.exec(page.body)?.[1]}"`,
  );
}

async function expectRecovered(how: string) {
  const started = Date.now();
  await expect.poll(async () => (await statusOf("/api/deals?limit=1")).status, { timeout: 15_000 }).toBe(200);
  expect((await statusOf("/")).status).toBe(200);
  matrix.push(`  ${"".padEnd(34)}   ${how} → 200 after ${((Date.now() - started) / 1000).toFixed(1)} s, no restart`);
}

test("takes an online backup while the server serves", async () => {
  const reads = Promise.all(Array.from({ length: 20 }, () => statusOf("/api/deals?limit=5")));
  const { stdout } = await npm("db:backup", BACKUP);
  expect(stdout).toMatch(/integrity ok/);
  expect((await reads).map((r) => r.status)).toEqual(Array(20).fill(200));
});

test("missing file: 503, back after db:restore", async () => {
  const before = (await statusOf("/api/deals?limit=500")).body;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(FILE + suffix, { force: true });
  await expectUnavailable("missing", "file deleted");
  const { stdout } = await npm("db:restore", BACKUP);
  expect(stdout).toMatch(/missing or damaged/);
  await expectRecovered("npm run db:restore");
  expect((await statusOf("/api/deals?limit=500")).body).toBe(before);
});

test("read-only file: 503, back when writable", async () => {
  chmodSync(FILE, 0o444);
  await expectUnavailable("read-only", "file chmod 0444");
  chmodSync(FILE, 0o644);
  await expectRecovered("chmod 0644");
});

test("damaged file: 503, back after db:restore, answering as before", async () => {
  const before = (await statusOf("/api/deals?limit=500")).body;
  corruptInPlace(FILE);
  await expectUnavailable("corrupt", "first 4 KiB overwritten");
  await npm("db:restore", BACKUP);
  await expectRecovered("npm run db:restore");
  expect((await statusOf("/api/deals?limit=500")).body).toBe(before);
});

test("a writer in the middle of a transaction does not stop readers (WAL)", async () => {
  const writer = await holdLock(FILE, "write");
  try {
    expect((await statusOf("/api/deals?limit=1")).status).toBe(200);
    expect((await statusOf("/")).status).toBe(200);
    matrix.push(`  ${"writer mid-transaction".padEnd(34)} → 200 (WAL: readers go on)`);
  } finally {
    await writer.release();
  }
});

test("locked by a writer in exclusive mode: 503, back when it lets go", async () => {
  // Exclusive locking mode can only be had while the server holds no connection to the file:
  // it is taken while the file is away (the server has dropped its connections), as a
  // maintenance job started before the server would.
  renameSync(FILE, `${FILE}.away`);
  await expect.poll(async () => (await statusOf("/api/deals")).status, { timeout: 15_000 }).toBe(503);
  // Every client in the server (the proxy's and the routes') looks at the file every 250 ms and
  // closes its connections once it is gone; a connection left open would keep the lock shared.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const lock = await holdLock(`${FILE}.away`);
  try {
    renameSync(`${FILE}.away`, FILE);
    await expectUnavailable("busy", "exclusive lock held by a writer");
  } finally {
    await lock.release();
  }
  await expectRecovered("lock released");
});

test("mended in place by copying a good file over it", async () => {
  corruptInPlace(FILE);
  await expectUnavailable("corrupt", "damaged, then good copy cp'd over");
  copyFileSync(BACKUP, FILE);
  await expectRecovered("cp backup over the file");
});
