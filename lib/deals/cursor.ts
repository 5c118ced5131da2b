import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/api/errors";
import type { DealSort } from "./schemas";

type Field = "announcedOn" | "valueUsdMinor" | "title";

const INT64_MAX = 2n ** 63n - 1n;
const FIELD: Record<string, Field> = { announcedOn: "announcedOn", valueUsd: "valueUsdMinor", title: "title" };

interface SortSpec {
  field: Field;
  dir: "asc" | "desc";
}

export function sortSpec(sort: DealSort): SortSpec {
  const desc = sort.startsWith("-");
  return { field: FIELD[desc ? sort.slice(1) : sort]!, dir: desc ? "desc" : "asc" };
}

/** Order by the sort field, then id; deals without a value always come last. */
export function dealOrderBy({ field, dir }: SortSpec): Prisma.DealOrderByWithRelationInput[] {
  const first: Prisma.DealOrderByWithRelationInput =
    field === "valueUsdMinor" ? { valueUsdMinor: { sort: dir, nulls: "last" } } : { [field]: dir };
  return [first, { id: dir }];
}

interface CursorData {
  s: DealSort;
  v: string | null;
  id: number;
}

export function encodeCursor(
  sort: DealSort,
  row: { id: number; announcedOn: Date; valueUsdMinor: bigint | null; title: string },
): string {
  const { field } = sortSpec(sort);
  const value = row[field];
  const v = value === null ? null : value instanceof Date ? value.toISOString() : String(value);
  return Buffer.from(JSON.stringify({ s: sort, v, id: row.id } satisfies CursorData)).toString("base64url");
}

/**
 * Keyset pagination: the rows strictly after the cursor's row in (field, id) order, written
 * out by hand because a NULL sort value defeats tuple comparison.
 */
export function cursorWhere(sort: DealSort, cursor: string | undefined): Prisma.DealWhereInput {
  if (!cursor) return {};
  const data = decodeFor(sort, cursor);
  const { field, dir } = sortSpec(sort);
  const after = dir === "asc" ? "gt" : "lt";
  const idAfter = { id: { [after]: data.id } };
  if (data.v === null) return { AND: [{ [field]: null }, idAfter] };
  const v = field === "announcedOn" ? new Date(data.v) : field === "valueUsdMinor" ? BigInt(data.v) : data.v;
  const or: Prisma.DealWhereInput[] = [{ [field]: { [after]: v } }, { AND: [{ [field]: v }, idAfter] }];
  if (field === "valueUsdMinor") or.push({ valueUsdMinor: null });
  return { OR: or };
}

/** One query of a page: its conditions on top of the deal filters, and its order. */
export interface PageQuery {
  where: Prisma.DealWhereInput;
  orderBy: Prisma.DealOrderByWithRelationInput[];
}

/**
 * The queries that read a page, in turn, each only while the page still has room. Sorted by
 * value, deals without one come last; as one ORDER BY with "nulls last" SQLite cannot use the
 * value index and sorts every matching row (about 35 ms a page at 100,000 deals), so the valued
 * deals are read in index order first and the unvalued ones, by id, after them. Same rows, same
 * order and same cursors as cursorWhere and dealOrderBy give; any other sort is one query.
 */
export function pageQueries(sort: DealSort, cursor: string | undefined): PageQuery[] {
  const spec = sortSpec(sort);
  if (spec.field !== "valueUsdMinor") return [{ where: cursorWhere(sort, cursor), orderBy: dealOrderBy(spec) }];
  const data = cursor ? decodeFor(sort, cursor) : null;
  const after = spec.dir === "asc" ? "gt" : "lt";
  const unvalued: PageQuery = {
    where: { AND: [{ valueUsdMinor: null }, data?.v === null ? { id: { [after]: data.id } } : {}] },
    orderBy: [{ id: spec.dir }],
  };
  if (data?.v === null) return [unvalued];
  const v = data ? BigInt(data.v) : null;
  const valued: PageQuery = {
    where: {
      AND: [
        { valueUsdMinor: { not: null } },
        data && v !== null
          ? { OR: [{ valueUsdMinor: { [after]: v } }, { valueUsdMinor: v, id: { [after]: data.id } }] }
          : {},
      ],
    },
    orderBy: [{ valueUsdMinor: spec.dir }, { id: spec.dir }],
  };
  return [valued, unvalued];
}

function decodeFor(sort: DealSort, cursor: string): CursorData {
  const data = decode(cursor);
  if (data.s !== sort)
    throw new ApiError(400, "Invalid query parameters", [
      { param: "cursor", message: "was made for another sort order" },
    ]);
  return data;
}

function decode(cursor: string): CursorData {
  const invalid = new ApiError(400, "Invalid query parameters", [
    { param: "cursor", message: "not a cursor returned by this API" },
  ]);
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid;
  }
  const d = data as Partial<CursorData> | null;
  if (
    !d ||
    typeof d !== "object" ||
    typeof d.s !== "string" ||
    !Number.isSafeInteger(d.id) ||
    !(d.v === null || typeof d.v === "string")
  )
    throw invalid;
  const { field } = sortSpec(d.s as DealSort);
  if (!field) throw invalid;
  if (d.v !== null) {
    if (field === "announcedOn" && Number.isNaN(Date.parse(d.v))) throw invalid;
    // A value beyond SQLite's (and PostgreSQL's) 64-bit integers could not even be bound.
    if (field === "valueUsdMinor" && !(/^\d{1,19}$/.test(d.v) && BigInt(d.v) <= INT64_MAX)) throw invalid;
  }
  return d as CursorData;
}
