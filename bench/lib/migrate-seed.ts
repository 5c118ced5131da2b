import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runPrisma } from "@/scripts/prisma.mjs";

/** Wall time of `prisma migrate deploy` then `prisma db seed` on a new file, as `npm run db:reset` runs them. */
export function timeMigrateAndSeed(): { migrateMs: number; seedMs: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chip-deals-bench-"));
  const databaseUrl = `file:${path.join(dir, "real.db")}`;
  const run = (args: string[]) => {
    const started = performance.now();
    runPrisma(args, { databaseUrl });
    return performance.now() - started;
  };
  try {
    return { migrateMs: run(["migrate", "deploy"]), seedMs: run(["db", "seed"]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
