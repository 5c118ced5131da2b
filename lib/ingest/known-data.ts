import { existsSync } from "node:fs";
import path from "node:path";
import { formatDecimal } from "@/lib/amounts/decimal";
import { createPrismaClient } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/provider.mjs";
import type { KnownData } from "./types";

export class KnownDataError extends Error {}

/** The SQLite file a file: URL names, resolved from the working directory as Prisma does. */
export function databaseFile(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/**
 * The companies (with aliases) and the deals (parties, value) the extractor compares against,
 * read through a read-only connection so a dry run cannot change the database. Throws
 * KnownDataError when the file is missing or cannot be read; `loadKnownDataOrNone` is the
 * command's lenient variant.
 */
export async function loadKnownData(url: string): Promise<KnownData> {
  const sqlite = databaseProvider(url) === "sqlite";
  const file = sqlite ? databaseFile(url) : "the PostgreSQL database";
  if (sqlite && !existsSync(file)) {
    throw new KnownDataError(
      `database not found at ${file}: run npm run db:migrate && npm run db:seed, or set DATABASE_URL`,
    );
  }
  // PostgreSQL has no read-only flag here; the command only ever reads through this client.
  const db = createPrismaClient(url, { fileMustExist: true, readonly: sqlite });
  try {
    const [companies, deals] = await Promise.all([
      db.company.findMany({
        select: { slug: true, name: true, aliases: { select: { alias: true } } },
        orderBy: { slug: "asc" },
      }),
      db.deal.findMany({
        select: {
          slug: true,
          valueMinor: true,
          valueCurrency: true,
          parties: { select: { company: { select: { slug: true } } } },
        },
        orderBy: { slug: "asc" },
      }),
    ]);
    return {
      companies: companies.map((c) => ({ slug: c.slug, name: c.name, aliases: c.aliases.map((a) => a.alias) })),
      deals: deals.map((d) => ({
        slug: d.slug,
        partySlugs: [...new Set(d.parties.map((p) => p.company.slug))],
        // Deal values are stored in cents; the extractor speaks whole currency units.
        amount: d.valueMinor === null ? null : formatDecimal({ units: d.valueMinor, scale: 2 }),
        currency: d.valueCurrency,
      })),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new KnownDataError(`could not read the database at ${file}: ${message}`);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Known data for the command: without a database file the extraction still runs, with every
 * company proposed as new, and `warn` says so (an unreadable file is still an error).
 */
export async function loadKnownDataOrNone(url: string, warn: (message: string) => void): Promise<KnownData> {
  if (databaseProvider(url) === "sqlite" && !existsSync(databaseFile(url))) {
    warn(`no database at ${databaseFile(url)}: extracting without known companies and deals`);
    return { companies: [], deals: [] };
  }
  return loadKnownData(url);
}
