// Two or more production instances (server/start.mjs, the existing .next build) on one database,
// behind nginx serving deploy/nginx/chip-deals.conf with this run's ports. For the two-instance
// test and `npm run load -- --cluster`. Needs Debian's nginx (scripts/ensure-nginx.sh).
import { spawn } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

async function waitFor(url, timeoutMs, process) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (process && process.exitCode !== null) throw new Error(`${url}: the process exited (${process.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts `node server/start.mjs` on 127.0.0.1:port; resolves once it serves pages. */
export async function startInstance(port, env) {
  const child = spawn(process.execPath, ["server/start.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    // One server process per instance unless asked (the default is one per CPU): an instance
    // here is one process on its port, which the kill test ends.
    env: { ...process.env, WEB_CONCURRENCY: "1", ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitFor(`http://127.0.0.1:${port}/api/deals?limit=1`, 60_000, child);
  return child;
}

/** The repo's nginx site file with this run's ports, inside a main configuration of its own. */
function nginxConfig(dir, listen, ports) {
  let site = readFileSync(path.join(ROOT, "deploy/nginx/chip-deals.conf"), "utf8");
  const servers = ports.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n");
  site = site
    .replace(/(\n    server 127\.0\.0\.1:\d+ [^\n]*)+/, `\n${servers}`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${listen};`);
  if (!site.includes(`listen 127.0.0.1:${listen};`)) throw new Error("deploy/nginx/chip-deals.conf: no 'listen 8080;'");
  writeFileSync(path.join(dir, "site.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((name) => `  ${name}_temp_path ${dir}/${name};`)
    .join("\n");
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\n` +
      `events { worker_connections 1024; }\nhttp {\n  access_log off;\n${temp}\n  include ${dir}/site.conf;\n}\n`,
  );
}

/**
 * Instances on `ports` and nginx on `listen`, all on `databaseUrl`. Returns nginx's base URL, the
 * instances (to kill one) and stop().
 */
export async function startCluster({ databaseUrl, ports, listen, env = {} }) {
  const dir = path.join(os.tmpdir(), `chip-deals-nginx-${process.pid}-${listen}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // nginx's workers run as an unprivileged user when the master is root.
  chmodSync(dir, 0o777);
  nginxConfig(dir, listen, ports);
  const instances = await Promise.all(ports.map((port) => startInstance(port, { ...env, DATABASE_URL: databaseUrl })));
  const nginx = spawn(NGINX, ["-c", path.join(dir, "nginx.conf"), "-p", dir], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${listen}`;
  await waitFor(`${base}/api/deals?limit=1`, 20_000, nginx);
  const stopped = (child) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((resolve) => child.once("exit", resolve));
  return {
    base,
    instances: instances.map((child, i) => ({ port: ports[i], child })),
    errorLog: () => readFileSync(path.join(dir, "error.log"), "utf8"),
    async stop() {
      for (const child of [nginx, ...instances]) if (child.exitCode === null) child.kill("SIGTERM");
      await Promise.all([nginx, ...instances].map(stopped));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
