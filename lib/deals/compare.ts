import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { DEAL_INCLUDE, toDealDto } from "./dto";
import { Slug, type DealDto } from "./schemas";

export const MAX_COMPARED = 20;

/** The /compare page's query: the chosen deals, in order, and the axis scale. */
export const CompareQuerySchema = z.object({
  deal: z
    .array(Slug)
    .max(MAX_COMPARED, `at most ${MAX_COMPARED} deals`)
    .optional()
    .describe("Deal slug; repeat to compare several"),
  scale: z.enum(["linear", "log"]).default("linear"),
});
export const COMPARE_REPEATABLE = ["deal"] as const;
export type CompareQuery = z.output<typeof CompareQuerySchema>;

/** The deals named by `slugs` in that order (duplicates dropped), and the slugs that name none. */
export async function getDealsBySlug(slugs: readonly string[]): Promise<{ deals: DealDto[]; unknown: string[] }> {
  const unique = [...new Set(slugs)];
  const rows = await db.deal.findMany({ where: { slug: { in: unique } }, include: DEAL_INCLUDE });
  const bySlug = new Map(rows.map((r) => [r.slug, toDealDto(r)]));
  return {
    deals: unique.flatMap((s) => bySlug.get(s) ?? []),
    unknown: unique.filter((s) => !bySlug.has(s)),
  };
}
