import { vi } from "vitest";
import { synthesize } from "@/bench/synth/generate";
import { writeSynth } from "@/bench/synth/write";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { createMigratedDatabase } from "./test-db";

/**
 * Points the app's modules at the database of `url`, with `env` beside it: modules imported after
 * this read them afresh (lib/env, the one connection of lib/db). Returns a client of the test's
 * own on the same database; the test disconnects it.
 */
export function pointAppAt(url: string, env: Record<string, string> = {}): PrismaClient {
  vi.stubEnv("DATABASE_URL", url);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
  return createPrismaClient(url);
}

/** A migrated database filled with `deals` synthetic deals (bench/synth) of `seed` among `companies` companies. */
export async function createSyntheticDatabase(
  name: string,
  deals: number,
  seed: number,
  companies = 120,
): Promise<string> {
  const url = createMigratedDatabase(name);
  const writer = createPrismaClient(url);
  try {
    await writeSynth(writer, synthesize({ deals, seed, companies, chunkSize: 500 }));
  } finally {
    await writer.$disconnect();
  }
  return url;
}
