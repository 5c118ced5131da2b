// @ts-check
// The one way scripts, tests and benchmarks run the Prisma CLI: the project's own binary, from the
// project folder, with the update check off, on the DATABASE_URL given (or the environment's).
//
//   node scripts/prisma.mjs migrate deploy      (npm run db:migrate; likewise db:seed)
//
// Prisma 6.19 prints a warning on every migrate and seed when the schema's datasource has a url
// while prisma.config.ts names a driver adapter ("The values from your schema will NOT be used!").
// The url cannot go: without it the CLI falls back to a native engine it would have to download
// (docs/decisions/0001-prisma-6-with-driver-adapter.md), and no flag or variable turns the warning
// off (it is printed whenever the url has a value). So it is cut from the output here, and
// scripts/prisma.test.ts fails if Prisma ever changes its text.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN_DIR = path.join(ROOT, "node_modules", ".bin");
const BIN = path.join(BIN_DIR, "prisma");

export const ADAPTER_URL_WARNING =
  /\nWARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma\.config\.ts:\n(?:- \w+\n)+\nThe values from your schema will NOT be used!\n\nWe recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters\.\n/;

/**
 * Runs `prisma ...args` and returns its output without that warning; throws, with the output, if it fails.
 * @param {string[]} args
 * @param {{ databaseUrl?: string; echo?: boolean }} [options] echo: also write the output, for a person watching
 * @returns {string}
 */
export function runPrisma(args, { databaseUrl, echo = false } = {}) {
  const result = spawnSync(BIN, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      // The seed command runs `tsx`, found on the PATH as `npm run` would set it.
      PATH: [BIN_DIR, process.env.PATH].filter(Boolean).join(path.delimiter),
      CHECKPOINT_DISABLE: "1",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const stdout = (result.stdout ?? "").replace(ADAPTER_URL_WARNING, "");
  if (echo) {
    process.stdout.write(stdout);
    process.stderr.write(result.stderr ?? "");
  }
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    throw new Error(`prisma ${args.join(" ")} failed (${why}):\n${result.stderr ?? ""}${stdout}`);
  }
  return stdout;
}

/**
 * Applies the migrations as `npm run db:migrate` does, with scripts/db-migrate.mjs on either
 * provider. Throws, with the output, if it fails.
 * @param {{ databaseUrl?: string; echo?: boolean }} [options]
 */
export function migrateDatabase({ databaseUrl, echo = false } = {}) {
  const result = spawnSync(process.execPath, [path.join(ROOT, "scripts", "db-migrate.mjs")], {
    cwd: ROOT,
    env: { ...process.env, CHECKPOINT_DISABLE: "1", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    encoding: "utf8",
    stdio: ["ignore", echo ? "inherit" : "pipe", echo ? "inherit" : "pipe"],
  });
  if (result.status !== 0) {
    throw new Error(
      `npm run db:migrate failed (exit code ${result.status ?? result.signal}):\n${result.stderr ?? ""}${result.stdout ?? ""}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    runPrisma(process.argv.slice(2), { echo: true });
  } catch {
    // Its output has been written already.
    process.exitCode = 1;
  }
}
