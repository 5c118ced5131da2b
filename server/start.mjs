// @ts-check
// The production server: Next's request handler (the same router `next start` uses) behind
// admission control (./admission.mjs), which keeps new connections from waiting seconds to be
// accepted under load. docs/decisions/0003-production-server.md says why it replaces `next start`.
//
//   node server/start.mjs [-p PORT] [-H HOSTNAME]      (npm start)
//
// PORT (default 3000) and HOST are read when -p and -H are absent; with neither -H nor HOST it
// listens on every interface, like `next start`. MAX_CONCURRENT_REQUESTS (default 8) caps the
// requests handled at once. All are parsed by lib/env-schema.mjs, the app's own env schema.
import cluster from "node:cluster";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { admit } from "./admission.mjs";
import { cacheAnswers } from "./answer-cache.mjs";
import { answerClientError } from "./client-error.mjs";
import { parseEnv } from "../lib/env-schema.mjs";
import { RESOURCE_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../lib/security/static-headers.mjs";

/** How long in-flight requests may finish after SIGTERM or SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;
/** Requests that may wait for a place before new ones get a 503 (64 connections never reach it). */
const MAX_QUEUED_REQUESTS = 1024;

const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
/** @type {import("../lib/env-schema.mjs").Env} */
let env;
try {
  // -p and -H win over PORT and HOST, and are checked by the same schema.
  env = parseEnv({
    ...process.env,
    ...(args.port === undefined ? {} : { PORT: args.port }),
    ...(args.hostname === undefined ? {} : { HOST: args.hostname }),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const { PORT: port, HOST: hostname, MAX_CONCURRENT_REQUESTS: concurrency, CACHE_MB: cacheMb } = env;

// WEB_CONCURRENCY > 1: this process only starts that many servers (node:cluster shares the port
// among them), starts a new one when one dies, and passes SIGTERM and SIGINT on. A server whose
// primary is gone exits by itself (node:cluster does that for an unexpected disconnect).
if (cluster.isPrimary && env.WEB_CONCURRENCY > 1) {
  let stopping = false;
  const start = () =>
    cluster.fork().on("exit", (code, signal) => {
      if (stopping) return;
      console.error(`A server process exited (${signal ?? code}); starting another`);
      start();
    });
  for (let i = 0; i < env.WEB_CONCURRENCY; i++) start();
  /** @param {NodeJS.Signals} signal */
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    let left = Object.keys(cluster.workers ?? {}).length;
    if (left === 0) process.exit(signal === "SIGINT" ? 130 : 143);
    cluster.on("exit", () => {
      if (--left <= 0) process.exit(signal === "SIGINT" ? 130 : 143);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  await new Promise(() => {});
}

// As `next start` does; Next reads it while loading, so it is set before the import.
// @ts-expect-error NODE_ENV is typed read-only by Next's types, but this process owns it.
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const { default: next } = await import("next");

const app = next({
  dev: false,
  dir: fileURLToPath(new URL("..", import.meta.url)),
  hostname: hostname ?? "localhost",
  port,
});
await app.prepare();
const handle = cacheAnswers(app.getRequestHandler(), { maxBytes: cacheMb * 1024 * 1024 });

/** On the answers the server gives without Next: the admission 503 and malformed requests. */
const ownHeaders = { ...SECURITY_HEADERS, "Content-Security-Policy": RESOURCE_CONTENT_SECURITY_POLICY };
let stopping = false;
const server = createServer(
  admit(
    (req, res) => {
      // While stopping, every answer closes its connection, so keep-alive clients let go.
      if (stopping) res.setHeader("Connection", "close");
      return handle(req, res);
    },
    { concurrency, maxQueue: MAX_QUEUED_REQUESTS, headers: ownHeaders },
  ),
);
server.on("clientError", answerClientError(ownHeaders));
server.on("error", (error) => {
  console.error(`The server could not listen on ${hostname ?? "*"}:${port}: ${error.message}`);
  process.exit(1);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === "object" && address ? address.port : port;
  console.log(
    `chip-deals ready on http://${hostname ?? "localhost"}:${shown} (at most ${concurrency} requests at once)`,
  );
});

/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  const code = signal === "SIGINT" ? 130 : 143;
  // Stop accepting, let in-flight requests finish, then close Next (it may run `after` callbacks).
  setTimeout(() => process.exit(code), SHUTDOWN_GRACE_MS).unref();
  server.close(() => {
    app.close().finally(() => process.exit(code));
  });
  server.closeIdleConnections();
  // Connections busy now close after their answer (Connection: close above) or, once idle, here.
  setInterval(() => server.closeIdleConnections(), 100).unref();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
