import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";

const ROOT = path.resolve(__dirname, "../..");
import { TEST_DB_DIR } from "./test-dir";

export { TEST_DB_DIR };

/** A fresh SQLite file with every migration applied through the real Prisma CLI. */
export function createMigratedDatabase(name: string): string {
  mkdirSync(TEST_DB_DIR, { recursive: true });
  const file = path.join(TEST_DB_DIR, `${name}.db`);
  rmSync(file, { force: true });
  const url = `file:${file}`;
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return url;
}

export async function createSeededDatabase(name: string): Promise<string> {
  const url = createMigratedDatabase(name);
  const db = createPrismaClient(url);
  try {
    await seedDatabase(db);
  } finally {
    await db.$disconnect();
  }
  return url;
}
