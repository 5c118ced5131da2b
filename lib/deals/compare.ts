import "server-only";
import { cached } from "@/lib/cache";
import { Prisma } from "@/lib/generated/prisma/client";
import { toDealDto } from "./dto";
import { loadDealRows } from "./load";
import type { DealDto } from "./schemas";

/** The deals named by `slugs` in that order (duplicates dropped), and the slugs that name none. */
async function getDealsBySlugUncached(slugs: readonly string[]): Promise<{ deals: DealDto[]; unknown: string[] }> {
  const unique = [...new Set(slugs)];
  const rows = unique.length ? await loadDealRows(Prisma.sql`d."slug" IN (${Prisma.join(unique)})`) : [];
  const bySlug = new Map(rows.map((r) => [r.slug, toDealDto(r)]));
  return {
    deals: unique.flatMap((s) => bySlug.get(s) ?? []),
    unknown: unique.filter((s) => !bySlug.has(s)),
  };
}

// Answers under the data version (lib/cache.ts).
export const getDealsBySlug = cached("deals/compare#getDealsBySlug", getDealsBySlugUncached);
