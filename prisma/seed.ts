import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { seedDatabase } from "./seed/load";
import { SeedError } from "./seed/validate";
import { countRows } from "./seed/write";

async function main() {
  const db = createPrismaClient(env.DATABASE_URL);
  try {
    const before = await countRows(db);
    await seedDatabase(db);
    const after = await countRows(db);
    const changed = Object.entries(after).filter(([k, v]) => before[k as keyof typeof before] !== v);
    console.log(
      `Seeded ${env.DATABASE_URL}: ${Object.entries(after)
        .map(([k, v]) => `${v} ${k}`)
        .join(", ")}` + (changed.length ? ` (new rows in ${changed.map(([k]) => k).join(", ")})` : " (no new rows)"),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedError ? error.message : error);
  process.exit(1);
});
