// Load test: the production build on a fresh seeded database, then autocannon against
// /api/deals with mixed filters and against the /deals page. Fails on any error, timeout
// (10 s), non-2xx or 5xx answer; the full run also fails if the server's RSS after the load is
// 10% or more above its high-water mark during the warm-up (as long as one measured run, so V8's
// heap and Prisma's plan cache reach their working size: RSS then plateaus, and only a leak
// climbs past it). The smoke run is too short for that and only reports RSS.
//
//   npm run load              30 s per target, 64 connections
//   npm run load:smoke        3 s per target, 16 connections (CI; reuses the .next build)
//   node bench/load.mjs --duration 10 --connections 32 --port 3212
//   node bench/load.mjs --baseline   the same against plain `next start`, which this app replaced
//                                    (docs/decisions/0003-production-server.md)
//   npm run load:cluster      on PostgreSQL: one instance, then two instances behind nginx
//                             (deploy/nginx/chip-deals.conf), side by side in one run
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { migrateDatabase, runPrisma } from "../scripts/prisma.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    duration: { type: "string" },
    connections: { type: "string" },
    port: { type: "string", default: process.env.LOAD_PORT ?? "3212" },
    baseline: { type: "boolean", default: false },
    cluster: { type: "boolean", default: false },
  },
});
const DURATION = Number(args.duration ?? (args.smoke ? 3 : 30));
const CONNECTIONS = Number(args.connections ?? (args.smoke ? 16 : 64));
const WARMUP = DURATION;
let BASE = `http://127.0.0.1:${args.port}`;
const MAX_RSS_GROWTH = 0.1;

/** The filters analysts combine, cycled by every connection. */
const API_PATHS = [
  "/api/deals",
  "/api/deals?company=tesla",
  "/api/deals?company=tsmc&company=amd&role=foundry",
  "/api/deals?kind=strategic_investment&kind=funding_round",
  "/api/deals?valueKind=up_to",
  "/api/deals?from=2025-07&to=2026-03&sort=valueUsd",
  "/api/deals?minUsd=1000000000&sort=-valueUsd",
  "/api/deals?q=taiwan%20semiconductor",
  "/api/deals?q=%25",
  "/api/deals?limit=3&sort=title",
  "/api/deals?company=xai&kind=strategic_investment&from=2026-01&minUsd=1000000000",
];

// node_modules/.bin on PATH, as under npm run (the seed runs tsx).
const PATH = `${path.join(ROOT, "node_modules/.bin")}${path.delimiter}${process.env.PATH}`;
const sh = (cmd, cmdArgs, env = {}) =>
  execFileSync(cmd, cmdArgs, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PATH, ...env },
  });

/** RSS in MB of a process and its descendants (Linux /proc). */
function rssMb(pid) {
  let kb = 0;
  const visit = (p) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(" ").filter(Boolean))
          visit(child);
      }
    } catch {
      // gone
    }
  };
  visit(pid);
  return kb / 1024;
}

function cannon(title, requests, duration) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration,
        requests: requests.map((p) => ({ method: "GET", path: p })),
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve({ title, result })),
    );
  });
}

function summary({ title, result }) {
  const fivexx = result["5xx"];
  return {
    target: title,
    requests: result.requests.total,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "max ms": result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    "5xx": fivexx,
  };
}

/** Warm-up, then the two measured runs against BASE; RSS summed over `pids` (the app processes). */
async function measure(pids) {
  const rss = () => pids.reduce((sum, pid) => sum + rssMb(pid), 0);
  const rssCold = rss();
  let rssBefore = 0;
  const sampler = setInterval(() => (rssBefore = Math.max(rssBefore, rss())), 500);
  await cannon("warm-up", [...API_PATHS, "/deals"], WARMUP);
  clearInterval(sampler);
  rssBefore = Math.max(rssBefore, rss());
  const runs = [
    await cannon("/api/deals (mixed filters)", API_PATHS, DURATION),
    await cannon("/deals", ["/deals"], DURATION),
  ];
  await new Promise((r) => setTimeout(r, 1000));
  return { runs, rssCold, rssBefore, rssAfter: rss() };
}

/** On PostgreSQL (inside scripts/with-postgres.sh): one instance, then two behind nginx, in one run. */
async function cluster() {
  const { startCluster, startInstance } = await import("../tests/scale/cluster.mjs");
  if (!process.env.PG_BASE_URL) throw new Error("run me as npm run load:cluster (it starts PostgreSQL)");
  sh("bash", ["scripts/ensure-nginx.sh"]);
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) sh("npm", ["run", "build"]);
  const DATABASE_URL = `${process.env.PG_BASE_URL}/chipdeals_load`;
  sh(process.execPath, ["scripts/pg-database.mjs", "recreate", DATABASE_URL]);
  migrateDatabase({ databaseUrl: DATABASE_URL });
  sh("node_modules/.bin/prisma", ["db", "seed"], { DATABASE_URL, CHECKPOINT_DISABLE: "1" });
  const port = Number(args.port);
  const results = [];

  const single = await startInstance(port, { DATABASE_URL });
  try {
    BASE = `http://127.0.0.1:${port}`;
    results.push(["1 instance", await measure([single.pid])]);
  } finally {
    single.kill("SIGTERM");
    await new Promise((resolve) => single.once("exit", resolve));
  }
  const two = await startCluster({ databaseUrl: DATABASE_URL, ports: [port + 1, port + 2], listen: port });
  try {
    BASE = two.base;
    results.push(["2 instances + nginx", await measure(two.instances.map(({ child }) => child.pid))]);
  } finally {
    await two.stop();
  }

  console.log(`\nLoad on PostgreSQL: ${DURATION} s per target, ${CONNECTIONS} connections, ${os.cpus().length} CPUs`);
  console.table(results.flatMap(([setup, { runs }]) => runs.map((run) => ({ setup, ...summary(run) }))));
  const failures = results.flatMap(([setup, { runs }]) =>
    runs
      .filter(
        ({ result }) => result.errors || result.timeouts || result.non2xx || result["5xx"] || !result.requests.total,
      )
      .map(
        ({ title, result }) =>
          `${setup}, ${title}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      ),
  );
  if (failures.length) {
    console.error(`\nLoad test failed:\n- ${failures.join("\n- ")}`);
    process.exitCode = 1;
  } else console.log("Load test passed: no errors, no 5xx.");
}

async function main() {
  if (args.cluster) return cluster();
  if (!existsSync(path.join(ROOT, ".next/BUILD_ID"))) sh("npm", ["run", "build"]);
  const dir = path.join(os.tmpdir(), `chip-deals-load-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
  const DATABASE_URL = `file:${path.join(dir, "load.db")}`;
  migrateDatabase({ databaseUrl: DATABASE_URL, echo: true });
  runPrisma(["db", "seed"], { databaseUrl: DATABASE_URL, echo: true });

  const serverArgs = args.baseline ? ["node_modules/next/dist/bin/next", "start"] : ["server/start.mjs"];
  const server = spawn(process.execPath, [...serverArgs, "-H", "127.0.0.1", "-p", args.port], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () => server.kill("SIGTERM");
  process.on("exit", stop);
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${BASE}/api/openapi.json`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (i > 300) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
    // /deals is the dashboard's table; where it does not exist yet, the overview stands in.
    const page = (await fetch(`${BASE}/deals`)).status === 200 ? "/deals" : "/";
    if (page !== "/deals") console.warn("No /deals page in this build: loading / instead.");

    const rssCold = rssMb(server.pid);
    let rssBefore = 0;
    const sampler = setInterval(() => (rssBefore = Math.max(rssBefore, rssMb(server.pid))), 500);
    await cannon("warm-up", [...API_PATHS, page], WARMUP);
    clearInterval(sampler);
    rssBefore = Math.max(rssBefore, rssMb(server.pid));
    const runs = [
      await cannon("/api/deals (mixed filters)", API_PATHS, DURATION),
      await cannon(page, [page], DURATION),
    ];
    await new Promise((r) => setTimeout(r, 1000));
    const rssAfter = rssMb(server.pid);
    const growth = (rssAfter - rssBefore) / rssBefore;

    console.log(
      `\nLoad on ${args.baseline ? "next start (baseline)" : "server/start.mjs"}: ${DURATION} s per target, ${CONNECTIONS} connections, ${os.cpus().length} CPUs, ${BASE}`,
    );
    console.table(runs.map(summary));
    console.log(
      `Server RSS: ${rssCold.toFixed(0)} MB cold, ${rssBefore.toFixed(0)} MB at most during warm-up, ${rssAfter.toFixed(0)} MB after load (${(growth * 100).toFixed(1)}% growth; ${args.smoke ? `reported only: the full run fails at ${MAX_RSS_GROWTH * 100}%` : `limit ${MAX_RSS_GROWTH * 100}%`})`,
    );

    const failures = [];
    for (const { title, result } of runs) {
      if (result.errors || result.timeouts)
        failures.push(`${title}: ${result.errors} errors, ${result.timeouts} timeouts`);
      if (result.non2xx || result["5xx"])
        failures.push(`${title}: ${result.non2xx} non-2xx answers (${result["5xx"]} 5xx)`);
      if (!result.requests.total) failures.push(`${title}: no requests completed`);
    }
    if (!args.smoke && growth >= MAX_RSS_GROWTH) failures.push(`RSS grew ${(growth * 100).toFixed(1)}%`);
    if (failures.length) {
      console.error(`\nLoad test failed:\n- ${failures.join("\n- ")}`);
      process.exitCode = 1;
    } else {
      console.log(`Load test passed: no errors, no 5xx${args.smoke ? "" : ", RSS within bounds"}.`);
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
