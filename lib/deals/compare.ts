import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { DEAL_INCLUDE, toDealDto } from "./dto";
import type { DealDto } from "./schemas";

/** The deals named by `slugs` in that order (duplicates dropped), and the slugs that name none. */
async function getDealsBySlugUncached(slugs: readonly string[]): Promise<{ deals: DealDto[]; unknown: string[] }> {
  const unique = [...new Set(slugs)];
  const rows = await db.deal.findMany({ where: { slug: { in: unique } }, include: DEAL_INCLUDE });
  const bySlug = new Map(rows.map((r) => [r.slug, toDealDto(r)]));
  return {
    deals: unique.flatMap((s) => bySlug.get(s) ?? []),
    unknown: unique.filter((s) => !bySlug.has(s)),
  };
}

// Answers under the data version (lib/cache.ts).
export const getDealsBySlug = cached("deals/compare#getDealsBySlug", getDealsBySlugUncached);
