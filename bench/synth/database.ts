import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { synthesize, type SynthOptions } from "./generate";
import { writeSynth, type SynthCounts } from "./write";

const ROOT = path.resolve(__dirname, "../..");

/** Deletes `file`, applies every migration with the real Prisma CLI, fills it with synthetic data. */
export async function createSynthDatabase(
  options: SynthOptions & { file: string },
  onChunk?: (counts: SynthCounts) => void,
): Promise<{ file: string; url: string; counts: SynthCounts }> {
  const file = path.resolve(options.file);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  const db = createPrismaClient(url);
  try {
    const counts = await writeSynth(db, synthesize(options), onChunk);
    return { file, url, counts };
  } finally {
    await db.$disconnect();
  }
}
