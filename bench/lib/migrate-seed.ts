import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDatabase } from "@/scripts/prisma.mjs";

const ROOT = path.resolve(__dirname, "../..");

/** Wall time of `npm run db:migrate` then `npm run db:seed` on a new file, as `npm run db:reset` runs them. */
export function timeMigrateAndSeed(): { migrateMs: number; seedMs: number } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "chip-deals-bench-"));
  const databaseUrl = `file:${path.join(dir, "real.db")}`;
  const time = (run: () => void) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };
  try {
    return {
      migrateMs: time(() => migrateDatabase({ databaseUrl })),
      seedMs: time(() =>
        execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: databaseUrl },
          stdio: "pipe",
        }),
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
