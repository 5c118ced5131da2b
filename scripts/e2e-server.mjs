// Serves the production build for the e2e tests on a fresh database (DATABASE_URL, PORT from env):
// a new SQLite file, or a PostgreSQL database dropped and created anew.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { databaseProvider } from "../lib/db/provider.mjs";
import { migrateDatabase, runPrisma } from "./prisma.mjs";

const url = process.env.DATABASE_URL;
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });
if (databaseProvider(url) === "postgresql") {
  run(process.execPath, ["scripts/pg-database.mjs", "recreate", url]);
} else {
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
migrateDatabase({ echo: true });
runPrisma(["db", "seed"], { echo: true });
if (!existsSync(".next/BUILD_ID") || process.env.E2E_REBUILD !== "0") run("npm", ["run", "build"]);
const server = spawn(process.execPath, ["server/start.mjs", "-H", "127.0.0.1", "-p", process.env.PORT], {
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
