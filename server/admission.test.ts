import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { admit } from "./admission.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: Handler): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((r) => setTimeout(r, 2));
}

describe("admit", () => {
  it("never runs more than `concurrency` requests at once, and answers all of them", async () => {
    let running = 0;
    let most = 0;
    const handler = admit(
      async (_req, res) => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
        res.end("ok");
      },
      { concurrency: 3, maxQueue: 100 },
    );
    const origin = await serve(handler);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => fetch(origin).then(async (r) => [r.status, await r.text()])),
    );
    expect(answers).toEqual(Array.from({ length: 20 }, () => [200, "ok"]));
    expect(most).toBe(3);
    expect(handler.stats()).toEqual({ active: 0, queued: 0 });
  });

  it("starts waiting requests in the order they arrived", async () => {
    const gate = deferred();
    const started: string[] = [];
    const handler = admit(
      async (req, res) => {
        started.push(req.url ?? "");
        if (req.url === "/first") await gate.promise;
        res.end();
      },
      { concurrency: 1, maxQueue: 100 },
    );
    const origin = await serve(handler);
    const replies = [fetch(`${origin}/first`)];
    await until(() => handler.stats().active === 1);
    for (const name of ["c", "a", "d", "b"]) {
      replies.push(fetch(`${origin}/${name}`));
      const queued = replies.length - 1;
      await until(() => handler.stats().queued === queued);
    }
    gate.resolve();
    await Promise.all(replies);
    expect(started).toEqual(["/first", "/c", "/a", "/d", "/b"]);
  });

  it("answers 503 with Retry-After and the given headers once the queue is full, then recovers", async () => {
    const gate = deferred();
    const handler = admit(
      async (_req, res) => {
        await gate.promise;
        res.end("done");
      },
      { concurrency: 1, maxQueue: 2, headers: { "X-Content-Type-Options": "nosniff" } },
    );
    const origin = await serve(handler);
    const admitted = [fetch(origin), fetch(origin), fetch(origin)];
    await until(() => handler.stats().active === 1 && handler.stats().queued === 2);

    const refused = await fetch(origin);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    expect(refused.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({ error: "The server is busy; try again in a second." });

    gate.resolve();
    expect(await Promise.all(admitted.map(async (r) => (await r).status))).toEqual([200, 200, 200]);
    expect((await fetch(origin)).status).toBe(200);
  });

  it("drops a waiting request whose client went away, without running it", async () => {
    const gate = deferred();
    const started: string[] = [];
    const handler = admit(
      async (req, res) => {
        started.push(req.url ?? "");
        await gate.promise;
        res.end();
      },
      { concurrency: 1, maxQueue: 100 },
    );
    const origin = await serve(handler);
    const first = fetch(`${origin}/first`);
    await until(() => handler.stats().active === 1);
    const abandon = new AbortController();
    const abandoned = fetch(`${origin}/abandoned`, { signal: abandon.signal }).catch((error: unknown) => error);
    await until(() => handler.stats().queued === 1);
    abandon.abort();
    expect(await abandoned).toBeInstanceOf(Error);
    // The server sees the socket close before the gate opens.
    await new Promise((r) => setTimeout(r, 50));
    gate.resolve();
    await first;
    expect((await fetch(`${origin}/last`)).status).toBe(200);
    expect(started).toEqual(["/first", "/last"]);
  });

  it("frees the places of pipelined requests when their connection is reset", async () => {
    const gate = deferred();
    let started = 0;
    const handler = admit(
      async (_req, res) => {
        started++;
        await gate.promise;
        res.end("late");
      },
      { concurrency: 2, maxQueue: 10 },
    );
    const origin = await serve(handler);
    const socket = net.connect(Number(new URL(origin).port), "127.0.0.1");
    await once(socket, "connect");
    // Two requests in one write: the second response waits behind the first on this connection.
    socket.write("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    await until(() => started === 2);
    socket.resetAndDestroy();
    await until(() => handler.stats().active === 0);
    gate.resolve();
    expect(await (await fetch(origin)).text()).toBe("late");
    expect(handler.stats()).toEqual({ active: 0, queued: 0 });
  });

  it("turns a handler that throws into a JSON 500 and frees its place", async () => {
    const handler = admit(
      (req, res) => {
        if (req.url === "/sync") throw new Error("/secret/path");
        if (req.url === "/async") return Promise.reject(new Error("/secret/path"));
        res.end("fine");
      },
      { concurrency: 1, maxQueue: 10 },
    );
    const origin = await serve(handler);
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const path of ["/sync", "/async"]) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ error: "The server could not answer this request." });
      expect(body).not.toContain("secret");
    }
    expect(await (await fetch(origin)).text()).toBe("fine");
    expect(handler.stats()).toEqual({ active: 0, queued: 0 });
    // The error is logged for the operator, never sent to the client.
    expect(logged.mock.calls.map((c) => String(c[0]))).toEqual([
      "Failed to answer GET /sync:",
      "Failed to answer GET /async:",
    ]);
    logged.mockRestore();
  });

  it("rejects limits that are not whole numbers", () => {
    const noop = () => {};
    expect(() => admit(noop, { concurrency: 0, maxQueue: 1 })).toThrow(RangeError);
    expect(() => admit(noop, { concurrency: 1.5, maxQueue: 1 })).toThrow(RangeError);
    expect(() => admit(noop, { concurrency: 1, maxQueue: 0 })).toThrow(RangeError);
  });
});

/**
 * The reason for admission control, seen from the clients: a server in its own process spends
 * 5 ms of CPU on each request. 8 keep-alive connections keep it busy, then 30 more open at once,
 * every connection sending requests back to back. For each late connection the test counts how
 * many more answers the busiest connection had received by the time the late one got its first:
 * a count, not a time.
 */
describe("admission under CPU-bound load", () => {
  const EARLY = 8;
  const LATE = 30;

  async function startBusyServer(concurrency: number | null): Promise<{ child: ChildProcess; origin: string }> {
    const source = `
      import http from "node:http";
      import { admit } from ${JSON.stringify(new URL("./admission.mjs", import.meta.url).href)};
      const work = (_req, res) => { const t = performance.now(); while (performance.now() - t < 5); res.end("x"); };
      const concurrency = ${JSON.stringify(concurrency)};
      const server = http.createServer(concurrency ? admit(work, { concurrency, maxQueue: 1000 }) : work);
      server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", source], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    return { child, origin: `http://127.0.0.1:${chunk.toString().trim()}` };
  }

  /** For each late connection, how many answers the busiest connection got before its first. */
  async function lateConnectionLag(origin: string): Promise<number[]> {
    const answered = new Array<number>(EARLY + LATE).fill(0);
    const lag = new Array<number>(LATE).fill(-1);
    const agents = answered.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    const get = (agent: http.Agent) =>
      new Promise<void>((resolve, reject) => {
        http.get(origin, { agent }, (res) => res.resume().on("end", resolve).on("error", reject)).on("error", reject);
      });
    let stop = false;
    let busiestAtWave = 0;
    const loop = async (i: number) => {
      while (!stop) {
        await get(agents[i]!);
        answered[i]!++;
        if (i >= EARLY && lag[i - EARLY] === -1) lag[i - EARLY] = Math.max(...answered) - busiestAtWave;
        if (lag.every((n) => n >= 0)) stop = true;
      }
    };
    const early = Array.from({ length: EARLY }, (_, i) => loop(i));
    await until(() => answered.slice(0, EARLY).every((n) => n >= 2));
    busiestAtWave = Math.max(...answered);
    const late = Array.from({ length: LATE }, (_, i) => loop(EARLY + i));
    await Promise.all([...early, ...late]);
    for (const agent of agents) agent.destroy();
    return lag;
  }

  it("serves every new connection before any other connection has had a handful more answers", async () => {
    const { child, origin } = await startBusyServer(2);
    try {
      const lag = await lateConnectionLag(origin);
      expect(Math.max(...lag)).toBeLessThanOrEqual(10);
    } finally {
      child.kill();
    }
  });

  it("without it, connections accepted late wait while early ones are served many times over", async () => {
    const { child, origin } = await startBusyServer(null);
    try {
      const lag = await lateConnectionLag(origin);
      // libuv accepts one connection a turn, and a turn serves every open connection once.
      expect(Math.max(...lag)).toBeGreaterThanOrEqual(LATE);
    } finally {
      child.kill();
    }
  });
});
