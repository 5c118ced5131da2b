import type { Prisma } from "@/lib/generated/prisma/client";
import { sortSpec, type DealCursor, type DealSort } from "./schemas";

/** The cursor of the page after `row`, in `sort` order (encoded with encodeCursor for clients). */
export function dealCursorOf(
  sort: DealSort,
  row: { id: number; announcedOn: Date; valueUsdMinor: bigint | null; title: string },
): DealCursor {
  const value = row[sortSpec(sort).field];
  return {
    s: sort,
    v: value === null ? null : value instanceof Date ? value.toISOString() : String(value),
    id: row.id,
  };
}

/** One query of a page: its conditions on top of the deal filters, and its order. */
export interface PageQuery {
  where: Prisma.DealWhereInput;
  orderBy: Prisma.DealOrderByWithRelationInput[];
}

/**
 * The queries that read a page, in turn, each only while the page still has room: the rows
 * strictly after the cursor's row in (sort field, id) order. Sorted by value, deals without one
 * come last; as one ORDER BY with "nulls last" SQLite cannot use the value index and sorts every
 * matching row (about 35 ms a page at 100,000 deals), so the valued deals are read in index order
 * first and the unvalued ones, by id, after them. Any other sort is one query.
 */
export function pageQueries(sort: DealSort, after: DealCursor | undefined): PageQuery[] {
  const { field, dir } = sortSpec(sort);
  const op = dir === "asc" ? "gt" : "lt";
  // Written out by hand: Prisma has no tuple comparison.
  const keyset = (v: unknown): Prisma.DealWhereInput =>
    after ? { OR: [{ [field]: { [op]: v } }, { AND: [{ [field]: v }, { id: { [op]: after.id } }] }] } : {};
  if (field !== "valueUsdMinor") {
    const v = after && field === "announcedOn" ? new Date(after.v!) : after?.v;
    return [{ where: keyset(v), orderBy: [{ [field]: dir }, { id: dir }] }];
  }
  const unvalued: PageQuery = {
    where: { AND: [{ valueUsdMinor: null }, after?.v === null ? { id: { [op]: after.id } } : {}] },
    orderBy: [{ id: dir }],
  };
  if (after?.v === null) return [unvalued];
  const valued: PageQuery = {
    where: { AND: [{ valueUsdMinor: { not: null } }, keyset(after ? BigInt(after.v!) : null)] },
    orderBy: [{ valueUsdMinor: dir }, { id: dir }],
  };
  return [valued, unvalued];
}
