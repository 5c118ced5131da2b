// The fault matrix in-process: real route handlers and the real proxy on a private SQLite copy
// that each test breaks and mends without re-importing anything (the e2e suite repeats it on
// the production server).
import { chmodSync, copyFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sqliteFilePath } from "@/lib/db/sqlite-file";
import { copyDatabase, corruptInPlace, holdLock } from "@/tests/setup/sqlite-faults";

const url = copyDatabase(process.env.DATABASE_URL!, "faults-api");
const file = sqliteFilePath(url);
const good = `${file}.good`;
copyFileSync(file, good);
vi.stubEnv("DATABASE_URL", url);
vi.stubEnv("NODE_ENV", "production");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
let deals: Handler;
let deal: Handler;
let proxy: (request: NextRequest) => Promise<Response>;
let dbConnection: { sync(): void };

beforeAll(async () => {
  // A connection another test file left on globalThis would point at the shared database.
  delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
  deals = (await import("@/app/api/deals/route")).GET as Handler;
  deal = (await import("@/app/api/deals/[slug]/route")).GET as Handler;
  proxy = (await import("@/proxy")).proxy;
  dbConnection = (await import("@/lib/db")).dbConnection;
});
afterAll(() => vi.unstubAllEnvs());
beforeEach(() => {
  chmodSync(file, 0o644);
  copyFileSync(good, file);
});

const api = () => deals(new Request("http://localhost/api/deals?limit=2"), { params: Promise.resolve({}) });
const one = () =>
  deal(new Request("http://localhost/api/deals/tesla-samsung-ai6-foundry"), {
    params: Promise.resolve({ slug: "tesla-samsung-ai6-foundry" }),
  });
const viaProxy = (path: string) => proxy(new NextRequest(`http://localhost${path}`));
const passes = (response: Response) => response.headers.get("x-middleware-next") === "1";

/** The proxy's answer for a page and for an API route, once its cached health check has caught up. */
async function expectProxy503(fault: string) {
  await expect.poll(async () => (await viaProxy("/api/deals")).status, { timeout: 8000, interval: 200 }).toBe(503);
  const json = await viaProxy("/api/deals");
  expect(json.headers.get("retry-after")).toBe("5");
  expect(json.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  const body = await json.json();
  expect(body).toEqual({ error: expect.stringMatching(/^Service unavailable: /), fault });
  // The proxy does not run for GET /api/deals (its matcher): the route answers as it would.
  const route = await api();
  expect(route.status).toBe(503);
  expect(route.headers.get("retry-after")).toBe("5");
  expect(route.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(await route.json()).toEqual(body);
  const page = await viaProxy("/");
  expect(page.status).toBe(503);
  expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
  const html = await page.text();
  expect(html).toContain("chip-deals is temporarily unavailable");
  expect(html).not.toMatch(/\/work\/|\.db\b|node_modules|at \w+ \(|SQLITE_|prisma/i);
}

async function expectRecovered() {
  await expect.poll(async () => passes(await viaProxy("/")), { timeout: 8000, interval: 200 }).toBe(true);
  expect(passes(await viaProxy("/api/deals"))).toBe(true);
  await expect.poll(async () => (await api()).status, { timeout: 5000, interval: 100 }).toBe(200);
  expect((await (await one()).json()).slug).toBe("tesla-samsung-ai6-foundry");
}

async function expectHandler503(fault: string) {
  await expect.poll(async () => (await api()).status, { timeout: 8000, interval: 100 }).toBe(503);
  const response = await one();
  expect(response.status).toBe(503);
  const text = await response.text();
  expect(JSON.parse(text)).toMatchObject({ fault });
  expect(text).not.toMatch(/\/work\/|\.db\b|node_modules|at \w+ \(|SQLITE_|prisma/i);
}

describe("database faults answer 503 and heal by themselves", () => {
  it("starts healthy", async () => {
    await expectRecovered();
  });

  it("missing file: 503, then 200 when it is back", async () => {
    await expectRecovered();
    renameSync(file, `${file}.away`);
    await expectHandler503("missing");
    await expectProxy503("missing");
    renameSync(`${file}.away`, file);
    await expectRecovered();
  });

  it("read-only file: 503 from the proxy, then 200 when writable again", async () => {
    await expectRecovered();
    chmodSync(file, 0o444);
    await expectProxy503("read-only");
    chmodSync(file, 0o644);
    await expectRecovered();
  });

  it("damaged file: 503, then 200 once a good copy is put back in place", async () => {
    await expectRecovered();
    corruptInPlace(file);
    await expectHandler503("corrupt");
    await expectProxy503("corrupt");
    copyFileSync(good, file);
    await expectRecovered();
  });

  it("file replaced by an empty one: 503, then 200 once a good one replaces it", async () => {
    await expectRecovered();
    writeFileSync(`${file}.empty`, "");
    renameSync(`${file}.empty`, file);
    await expectHandler503("unmigrated");
    await expectProxy503("unmigrated");
    copyFileSync(good, `${file}.new`);
    renameSync(`${file}.new`, file);
    await expectRecovered();
  });

  it("a writer mid-transaction does not stop readers (WAL)", async () => {
    await expectRecovered();
    const writer = await holdLock(file, "write");
    try {
      expect((await api()).status).toBe(200);
      expect(passes(await viaProxy("/"))).toBe(true);
    } finally {
      await writer.release();
    }
  });

  it("a writer holding an exclusive lock: 503, then 200 when it lets go", async () => {
    await expectRecovered();
    // Exclusive locking mode can only be had while no connection has the file open: take it
    // while the file is away and this process's connection has closed, as after a restore.
    renameSync(file, `${file}.away`);
    dbConnection.sync();
    await expectHandler503("missing");
    const lock = await holdLock(`${file}.away`);
    try {
      renameSync(`${file}.away`, file);
      await expectHandler503("busy");
      await expectProxy503("busy");
    } finally {
      await lock.release();
    }
    await expectRecovered();
  });
});

afterAll(() => {
  for (const suffix of [".good", ".away", ".new", ".empty"]) rmSync(file + suffix, { force: true });
});
