import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Wall time of `prisma migrate deploy` then `prisma db seed` on a new file, as `npm run db:reset` runs them. */
export function timeMigrateAndSeed(): { migrateMs: number; seedMs: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chip-deals-bench-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "real.db")}`, CHECKPOINT_DISABLE: "1" };
  const run = (args: string[]) => {
    const started = performance.now();
    try {
      execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), args, { cwd: ROOT, env, stdio: "pipe" });
    } catch (error) {
      const e = error as { stderr?: Buffer; stdout?: Buffer };
      throw new Error(`prisma ${args.join(" ")} failed:\n${e.stderr?.toString() ?? ""}${e.stdout?.toString() ?? ""}`);
    }
    return performance.now() - started;
  };
  try {
    return { migrateMs: run(["migrate", "deploy"]), seedMs: run(["db", "seed"]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
