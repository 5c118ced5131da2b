// PostgreSQL's faults, on a real server (TEST_POSTGRES_URL): each is classified, answered with a
// 503 and Retry-After by the real route handlers, and healed without a restart once it is over.
// A TCP relay in front of the server plays "the server is down" and "it is back".
import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { databaseFaultOf } from "@/lib/db/faults";
import { createSeededDatabase, onPostgres } from "@/tests/setup/test-db";

/** A relay to the PostgreSQL server that can be cut (every socket dropped, new ones refused) and restored. */
function relay(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  return {
    listen,
    url: (database: string) => {
      const url = new URL(target);
      url.port = String(port);
      url.pathname = new URL(database).pathname;
      return url.toString();
    },
    cut: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server!.close(() => resolve());
      }),
  };
}

async function failure(url: string, statementTimeoutMs?: number) {
  const client = createPrismaClient(url, { statementTimeoutMs });
  try {
    await client.deal.findFirst({ select: { id: true } });
  } catch (error) {
    return error;
  } finally {
    await client.$disconnect();
  }
  throw new Error("the query succeeded");
}

describe.runIf(onPostgres)("PostgreSQL faults", () => {
  let seeded: string;
  let admin: pg.Client;
  const proxy = relay(new URL(process.env.TEST_POSTGRES_URL ?? "postgresql://localhost"));

  beforeAll(async () => {
    seeded = await createSeededDatabase("pg_faults");
    admin = new pg.Client({ connectionString: seeded });
    await admin.connect();
    await admin.query("DROP ROLE IF EXISTS chipdeals_limited");
    await admin.query("CREATE ROLE chipdeals_limited LOGIN PASSWORD 'right' CONNECTION LIMIT 1");
    await admin.query("GRANT SELECT ON ALL TABLES IN SCHEMA public TO chipdeals_limited");
    await proxy.listen();
  });
  afterAll(async () => {
    await admin.query("DROP OWNED BY chipdeals_limited").catch(() => {});
    await admin.query("DROP ROLE IF EXISTS chipdeals_limited").catch(() => {});
    await admin.end();
    vi.unstubAllEnvs();
  });

  const as = (user: string, password: string) => {
    const url = new URL(seeded);
    url.username = user;
    url.password = password;
    return url.toString();
  };

  it("no server listening: unavailable", async () => {
    const url = new URL(seeded);
    url.port = "1";
    expect(databaseFaultOf(await failure(url.toString()))).toBe("unavailable");
  });

  it("a database that does not exist: missing", async () => {
    expect(databaseFaultOf(await failure(seeded.replace(/\/[^/]+$/, "/chipdeals_nowhere")))).toBe("missing");
  });

  it("a wrong password: refused (where the server checks passwords)", async () => {
    const auth = await admin.query("SELECT count(*)::int AS n FROM pg_hba_file_rules WHERE auth_method <> 'trust'");
    if (auth.rows[0].n === 0) return; // a trust-only server accepts any password
    expect(databaseFaultOf(await failure(as("chipdeals_limited", "wrong")))).toBe("refused");
  });

  it("the role's connection limit reached: overloaded", async () => {
    const holder = new pg.Client({ connectionString: as("chipdeals_limited", "right") });
    await holder.connect();
    try {
      expect(databaseFaultOf(await failure(as("chipdeals_limited", "right")))).toBe("overloaded");
    } finally {
      await holder.end();
    }
  });

  it("a statement past the timeout: timeout", async () => {
    const locker = new pg.Client({ connectionString: seeded });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE "Deal" IN ACCESS EXCLUSIVE MODE');
      expect(databaseFaultOf(await failure(as("chipdeals_limited", "right"), 300))).toBe("timeout");
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
  });

  it("the server gone: the API answers 503 with Retry-After, and 200 again once it is back, without a restart", async () => {
    vi.stubEnv("DATABASE_URL", proxy.url(seeded));
    vi.stubEnv("NODE_ENV", "production");
    delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
    vi.resetModules();
    const { GET } = await import("@/app/api/deals/route");
    const call = () => GET(new Request("http://localhost/api/deals?limit=2"));
    expect((await call()).status).toBe(200);

    await proxy.cut();
    const down = await call();
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("5");
    const text = await down.text();
    expect(JSON.parse(text)).toMatchObject({ fault: "unavailable" });
    expect(text).not.toMatch(/postgres|127\.0\.0\.1|ECONN|at \w+ \(/i);

    await proxy.listen();
    await expect.poll(async () => (await call()).status, { timeout: 10_000, interval: 200 }).toBe(200);
    expect((await (await call()).json()).data).toHaveLength(2);
  });
});
