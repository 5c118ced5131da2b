import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed/load";
import { runPrisma } from "@/scripts/prisma.mjs";
import { TEST_DB_DIR } from "./test-dir";

export { TEST_DB_DIR };

/** A fresh SQLite file with every migration applied through the real Prisma CLI. */
export function createMigratedDatabase(name: string): string {
  mkdirSync(TEST_DB_DIR, { recursive: true });
  const file = path.join(TEST_DB_DIR, `${name}.db`);
  rmSync(file, { force: true });
  const url = `file:${file}`;
  runPrisma(["migrate", "deploy"], { databaseUrl: url });
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
