// WEB_CONCURRENCY=2: one instance of two server processes sharing its port. A write is seen by
// both at once (each has its own caches, both keyed by the database's data version), a process
// that dies is replaced while the other keeps serving, and SIGTERM stops them all. Runs on the
// build of test:e2e (in npm run test:pg; skipped without a build).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { createSeededDatabase } from "@/tests/setup/test-db";
import { startInstance } from "./cluster.mjs";

const ROOT = path.resolve(__dirname, "../..");
const ready = existsSync(path.join(ROOT, ".next/BUILD_ID"));
if (process.env.REQUIRE_SCALE_TEST === "1" && !ready) throw new Error("the processes test needs a build");
const PORT = Number(process.env.SCALE_PORT ?? 3240) + 5;
const base = `http://127.0.0.1:${PORT}`;

function children(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
  );
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.runIf(ready)("WEB_CONCURRENCY=2", () => {
  let url: string;
  let primary: ChildProcess;

  beforeAll(async () => {
    url = await createSeededDatabase("processes");
    primary = await startInstance(PORT, { DATABASE_URL: url, WEB_CONCURRENCY: "2" });
  }, 120_000);
  afterAll(() => {
    if (primary?.exitCode === null) primary.kill("SIGKILL");
  });

  /** Totals from `n` requests, each on a connection of its own, so both processes answer some. */
  const totals = (n: number) =>
    Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise<number>((resolve, reject) => {
            http
              .get(`${base}/api/deals?limit=1`, { agent: false }, (response) => {
                let body = "";
                response.on("data", (chunk: Buffer) => (body += chunk.toString()));
                response.on("end", () =>
                  response.statusCode === 200
                    ? resolve((JSON.parse(body) as { total: number }).total)
                    : reject(new Error(`status ${response.statusCode}`)),
                );
              })
              .on("error", reject);
          }),
      ),
    );

  it("runs two processes, and a write shows through both at once", async () => {
    await expect.poll(() => children(primary.pid!).length, { timeout: 60_000 }).toBe(2);
    const before = new Set(await totals(20));
    expect(before.size).toBe(1);
    const db = createPrismaClient(url);
    try {
      await addHandDeal(db, 7);
    } finally {
      await db.$disconnect();
    }
    expect(new Set(await totals(20))).toEqual(new Set([[...before][0]! + 1]));
  }, 60_000);

  it("replaces a process that dies, while the other serves", async () => {
    const [victim, survivor] = children(primary.pid!);
    process.kill(victim!, "SIGKILL");
    await expect.poll(() => alive(victim!)).toBe(false);
    expect((await totals(10)).length).toBe(10);
    await expect.poll(() => children(primary.pid!).filter((pid) => pid !== victim).length, { timeout: 60_000 }).toBe(2);
    expect(alive(survivor!)).toBe(true);
  }, 90_000);

  it("stops every process on SIGTERM", async () => {
    const workers = children(primary.pid!);
    const exited = new Promise((resolve) => primary.once("exit", resolve));
    primary.kill("SIGTERM");
    await exited;
    for (const pid of workers) await expect.poll(() => alive(pid), { timeout: 15_000 }).toBe(false);
  }, 30_000);
});
