// pg_dump and pg_restore, as the README documents them, on a real PostgreSQL server: the restored
// database answers every API query exactly as the one it was dumped from (bodies and ETags).
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { everyAnswer, LISTS, loadApiRoutes, type ApiGet } from "@/tests/setup/api-answers";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { createSeededDatabase, onPostgres, TEST_DB_DIR } from "@/tests/setup/test-db";

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);

describe.runIf(onPostgres)("pg_dump and pg_restore", () => {
  let url: string;
  let get: ApiGet;

  beforeAll(async () => {
    url = await createSeededDatabase("pg_backup");
    const db = createPrismaClient(url);
    try {
      for (let i = 0; i < 3; i++) await addHandDeal(db, i);
    } finally {
      await db.$disconnect();
    }
    vi.stubEnv("DATABASE_URL", url);
    vi.stubEnv("NODE_ENV", "production");
    delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
    vi.resetModules();
    get = await loadApiRoutes();
  }, 60_000);
  afterAll(() => vi.unstubAllEnvs());

  it("a database dropped and restored from its dump answers every query as before", async () => {
    const reference = await everyAnswer(get);
    expect(reference.size).toBeGreaterThan(LISTS.length + 3);
    mkdirSync(TEST_DB_DIR, { recursive: true });
    const dump = path.join(TEST_DB_DIR, "pg-backup.dump");
    await run("pg_dump", ["--format=custom", `--file=${dump}`, url]);

    // Lost: the database is dropped (its connections cut) and created empty.
    await run(process.execPath, [path.join(ROOT, "scripts/pg-database.mjs"), "recreate", url]);
    await expect(get("/api/deals?limit=1").then((a) => a.status)).resolves.toBe(503);

    await run("pg_restore", ["--no-owner", `--dbname=${url}`, dump]);
    await expect.poll(async () => (await get("/api/deals?limit=1")).status, { timeout: 10_000 }).toBe(200);
    const restored = await everyAnswer(get);
    expect([...restored.keys()]).toEqual([...reference.keys()]);
    for (const [query, answer] of reference) expect(restored.get(query), query).toEqual(answer);
  }, 120_000);
});
