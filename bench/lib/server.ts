import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { processTree } from "./process-tree";

const ROOT = path.resolve(__dirname, "../..");

export interface RunningServer {
  origin: string;
  pid: number;
  /** The server's process and any children it started. */
  pids(): number[];
  stop(): Promise<void>;
  /** The last few kB the server wrote to stderr. */
  stderrTail(): string;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "127.0.0.1");
  });
}

/** The first free port from `first` up to 3399 (this machine's ports for benchmarks). */
export async function freePort(first: number): Promise<number> {
  for (let port = first; port <= 3399; port++) if (await portFree(port)) return port;
  throw new Error(`no free port in ${first}-3399`);
}

/**
 * The production server (server/start.mjs, as `npm start`) on the build in .next, against the SQLite file at `databaseUrl`.
 * It runs in its own process group so stop() ends it and anything it spawned.
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, ["server/start.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      ...env,
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const pid = child.pid!;
  let exited = false;
  child.once("exit", () => (exited = true));
  const stop = async () => {
    if (exited) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await gone;
    clearTimeout(timer);
  };
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the server exited early:\n${stderr}`);
    try {
      const res = await fetch(`${origin}/api/openapi.json`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server did not answer within 60 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { origin, pid, pids: () => processTree(pid), stop, stderrTail: () => stderr };
}
