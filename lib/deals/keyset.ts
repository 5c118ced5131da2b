import { Prisma } from "@/lib/generated/prisma/client";
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

/** One statement of a page, over `"Deal" d`: its conditions on top of the deal filters, and its order. */
export interface PageSql {
  conditions: Prisma.Sql[];
  orderBy: Prisma.Sql;
}

const COLUMN = { announcedOn: `d."announcedOn"`, valueUsdMinor: `d."valueUsdMinor"`, title: `d."title"` } as const;

/**
 * The statements that read a page, in turn, each only while the page still has room: the rows
 * strictly after the cursor's row in (sort field, id) order. Sorted by value, deals without one
 * come last; as one ORDER BY with "nulls last" SQLite cannot use the value index and sorts every
 * matching row (about 35 ms a page at 100,000 deals), so the valued deals are read in index order
 * first and the unvalued ones, by id, after them. Any other sort is one statement. `date` writes
 * a cursor's date as the column holds it (dateParam in ./filter-sql.ts).
 */
export function pageSql(sort: DealSort, after: DealCursor | undefined, date: (d: Date) => unknown): PageSql[] {
  const { field, dir } = sortSpec(sort);
  const column = Prisma.raw(COLUMN[field]);
  const direction = Prisma.raw(dir === "asc" ? "ASC" : "DESC");
  const op = Prisma.raw(dir === "asc" ? ">" : "<");
  // The first condition is implied by the second; it is there so the sort's index is entered at
  // the cursor (a range) rather than read from its start to skip the rows before it, which made
  // each later batch of a 100,000-deal CSV export slower than the one before.
  const keyset = (v: unknown): Prisma.Sql[] =>
    after
      ? [
          Prisma.sql`${column} ${op}= ${v}`,
          Prisma.sql`(${column} ${op} ${v} OR (${column} = ${v} AND d."id" ${op} ${after.id}))`,
        ]
      : [];
  const byField = Prisma.sql`ORDER BY ${column} ${direction}, d."id" ${direction}`;
  if (field !== "valueUsdMinor") {
    const v = after && field === "announcedOn" ? date(new Date(after.v!)) : after?.v;
    return [{ conditions: keyset(v), orderBy: byField }];
  }
  const unvalued: PageSql = {
    conditions: [
      Prisma.sql`d."valueUsdMinor" IS NULL`,
      ...(after?.v === null ? [Prisma.sql`d."id" ${op} ${after.id}`] : []),
    ],
    orderBy: Prisma.sql`ORDER BY d."id" ${direction}`,
  };
  if (after?.v === null) return [unvalued];
  const valued: PageSql = {
    conditions: [Prisma.sql`d."valueUsdMinor" IS NOT NULL`, ...keyset(after ? BigInt(after.v!) : null)],
    orderBy: byField,
  };
  return [valued, unvalued];
}
