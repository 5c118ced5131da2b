import { readFileSync } from "node:fs";
import path from "node:path";
import { fillExportRows } from "@/lib/deals/export-rows";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedData } from "./data";
import { validateSeed, type SeedPlan } from "./validate";
import { writeSeed } from "./write";

export const ARTICLES_DIR = path.join(__dirname, "articles");

/** Validates the curated seed against the article files shipped in prisma/seed/articles/. */
export function loadSeedPlan(data: unknown = seedData): SeedPlan {
  return validateSeed(data, (file) => readFileSync(path.join(ARTICLES_DIR, file), "utf8"));
}

/** Validates everything first, then writes (and the deals' CSV lines): invalid data leaves the database untouched. */
export async function seedDatabase(db: PrismaClient, data: unknown = seedData): Promise<void> {
  await writeSeed(db, loadSeedPlan(data));
  await fillExportRows(db);
}
