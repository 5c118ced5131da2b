import { Prisma } from "@/lib/generated/prisma/client";

/** Ids per raw statement: under the bound-parameter limits of SQLite (32,766 since 3.32) and PostgreSQL (65,535). */
const ID_BATCH = 1000;

/**
 * The WHERE clauses that restrict a raw statement over `"Deal" d` to `ids`, one per batch of
 * ids; a single empty clause (every deal) when `ids` is null, none when it is empty.
 */
export function dealIdFilters(ids: readonly number[] | null): Prisma.Sql[] {
  if (ids === null) return [Prisma.empty];
  const filters: Prisma.Sql[] = [];
  for (let i = 0; i < ids.length; i += ID_BATCH)
    filters.push(Prisma.sql`WHERE d."id" IN (${Prisma.join(ids.slice(i, i + ID_BATCH))})`);
  return filters;
}
