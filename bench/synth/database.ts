import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/provider.mjs";
import { DEFAULT_CHUNK_SIZE, DEFAULT_COMPANIES, synthesize, type SynthOptions } from "./generate";
import { migrateDatabase } from "@/scripts/prisma.mjs";
import { writeSynth, type SynthCounts } from "./write";

const ROOT = path.resolve(__dirname, "../..");

/** Applies every migration to the database at `url` as `npm run db:migrate` does. */
export function migrate(url: string): void {
  migrateDatabase({ databaseUrl: url });
}

/** What the rows depend on: the options and the generator's source. */
function fingerprint(options: SynthOptions): string {
  const hash = createHash("sha1").update(
    JSON.stringify([
      options.deals,
      options.seed,
      options.companies ?? DEFAULT_COMPANIES,
      options.chunkSize ?? DEFAULT_CHUNK_SIZE,
    ]),
  );
  for (const f of readdirSync(__dirname)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort())
    hash.update(readFileSync(path.join(__dirname, f)));
  return hash.digest("hex");
}

const stampOf = (file: string) => `${file}.synth.json`;

/** Whether `file` was filled by this generator with these options (new migrations may still be due). */
export function synthDatabaseIsCurrent(file: string, options: SynthOptions): boolean {
  const stamp = stampOf(path.resolve(file));
  if (!existsSync(file) || !existsSync(stamp)) return false;
  return (JSON.parse(readFileSync(stamp, "utf8")) as { fingerprint?: string }).fingerprint === fingerprint(options);
}

/**
 * Deletes `file` (a SQLite file, or a postgresql:// URL whose database is dropped and created
 * anew), applies every migration, fills it with synthetic data.
 */
export async function createSynthDatabase(
  options: SynthOptions & { file: string },
  onChunk?: (counts: SynthCounts) => void,
): Promise<{ file: string; url: string; counts: SynthCounts }> {
  if (databaseProvider(options.file) === "postgresql") {
    const url = options.file;
    execFileSync(process.execPath, [path.join(ROOT, "scripts/pg-database.mjs"), "recreate", url], { stdio: "pipe" });
    migrate(url);
    const db = createPrismaClient(url);
    try {
      return { file: url, url, counts: await writeSynth(db, synthesize(options), onChunk) };
    } finally {
      await db.$disconnect();
    }
  }
  const file = path.resolve(options.file);
  for (const suffix of ["", "-journal", "-wal", "-shm", ".synth.json"]) rmSync(file + suffix, { force: true });
  mkdirSync(path.dirname(file), { recursive: true });
  const url = `file:${file}`;
  migrate(url);
  const db = createPrismaClient(url);
  try {
    const counts = await writeSynth(db, synthesize(options), onChunk);
    writeFileSync(stampOf(file), `${JSON.stringify({ fingerprint: fingerprint(options), counts }, null, 2)}\n`);
    return { file, url, counts };
  } finally {
    await db.$disconnect();
  }
}
