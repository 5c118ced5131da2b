// Two production instances on one PostgreSQL database behind nginx (deploy/nginx/chip-deals.conf):
// a write is seen through both at once (no instance serves a stale answer), and killing one
// instance mid-load loses no request that nginx can retry. Runs in `npm run test:pg`, on the
// build of test:e2e, with Debian's nginx.
import { once } from "node:events";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { addHandDeal } from "@/tests/setup/hand-rows";
import { createSeededDatabase, onPostgres } from "@/tests/setup/test-db";
import { NGINX, startCluster } from "./cluster.mjs";

const ROOT = path.resolve(__dirname, "../..");
const ready = onPostgres && existsSync(NGINX) && existsSync(path.join(ROOT, ".next/BUILD_ID"));
// scripts/test-postgres.sh sets it: there the test must run, not skip.
if (process.env.REQUIRE_SCALE_TEST === "1" && !ready) throw new Error("the two-instance test needs nginx and a build");
// nginx on SCALE_PORT (default 3240), the instances on the two ports after it.
const LISTEN = Number(process.env.SCALE_PORT ?? 3240);
const PORTS = [LISTEN + 1, LISTEN + 2];

describe.runIf(ready)("two instances behind nginx on one PostgreSQL", () => {
  let url: string;
  let cluster: Awaited<ReturnType<typeof startCluster>>;

  beforeAll(async () => {
    url = await createSeededDatabase("cluster");
    cluster = await startCluster({ databaseUrl: url, ports: PORTS, listen: LISTEN });
  }, 120_000);
  afterAll(() => cluster?.stop());

  const total = async (base: string, query = "") =>
    ((await (await fetch(`${base}/api/deals?limit=1${query}`)).json()) as { total: number }).total;

  it("serves the same data through nginx and through each instance", async () => {
    const viaNginx = await total(cluster.base);
    expect(viaNginx).toBeGreaterThan(5);
    for (const { port } of cluster.instances) expect(await total(`http://127.0.0.1:${port}`)).toBe(viaNginx);
  });

  it("a write through one instance's database shows on the other at once, ETags included", async () => {
    const [a, b] = cluster.instances.map(({ port }) => `http://127.0.0.1:${port}`) as [string, string];
    const before = await total(b);
    const etag = (await fetch(`${b}/api/deals?limit=1`)).headers.get("etag")!;
    // Both instances have answered (and could have cached) the old data.
    expect(await total(a)).toBe(before);
    const db = createPrismaClient(url);
    try {
      await addHandDeal(db, 1);
    } finally {
      await db.$disconnect();
    }
    expect(await total(a)).toBe(before + 1);
    expect(await total(b)).toBe(before + 1);
    expect(await total(cluster.base, "&q=hand-added")).toBe(1);
    const conditional = await fetch(`${b}/api/deals?limit=1`, { headers: { "if-none-match": etag } });
    expect(conditional.status).toBe(200);
  });

  it("killing one instance under load loses no request that nginx can retry", async () => {
    const paths = ["/api/deals?company=tesla", "/deals", "/api/deals.csv", "/", "/api/stats", "/timeline"];
    const statuses: number[] = [];
    // An answer the killed instance had begun to send cannot be retried (nginx has passed part of
    // it on): at most one per connection in flight. Every other request must get its 200.
    let cut = 0;
    let sent = 0;
    // Answers come from memory in a millisecond or two, so the load runs on by count after the
    // kill rather than for a time: 120 requests before it, 240 after the killed process is gone.
    let afterExit = -1;
    const victim = cluster.instances[1]!.child;
    const exited = once(victim, "exit");
    void exited.then(() => (afterExit = sent + 240));
    const worker = async () => {
      while (afterExit < 0 || sent < afterExit) {
        const target = paths[sent++ % paths.length]!;
        try {
          const response = await fetch(`${cluster.base}${target}`);
          await response.arrayBuffer();
          statuses.push(response.status);
        } catch {
          cut += 1;
        }
        if (sent >= 120 && !victim.killed) victim.kill("SIGKILL");
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await exited;
    expect(victim.signalCode).toBe("SIGKILL");
    expect(cut).toBeLessThanOrEqual(8);
    expect(statuses.length + cut).toBe(sent);
    expect(sent).toBeGreaterThanOrEqual(360);
    // No 502 or 503: whatever had not reached the killed instance's answer went to the other one.
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    // The one left serves on.
    expect(await total(cluster.base)).toBeGreaterThan(5);
  }, 120_000);
});
