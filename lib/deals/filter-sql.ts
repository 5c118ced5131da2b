import "server-only";
import { decimalToMinorUnits } from "@/lib/amounts/decimal";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { databaseProvider, type DatabaseProvider } from "@/lib/db/provider.mjs";
import { PRECISIONS } from "@/lib/domain";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchTerms, termAlternatives } from "@/lib/search";
import type { SearchExpansion } from "@/lib/search-vocabulary";
import type { DealFilter } from "./schemas";
import { periodStart } from "./where";

// The filters of /api/deals as SQL over `"Deal" d`, for the statements that count and page deals.
// dealWhere (./where.ts) is the same filter in Prisma's terms; tests/api/deal-filter-sql.test.ts
// checks that both select the same deals. SQL, because two things Prisma cannot say make the
// difference at 100,000 deals: a company filter as `id IN (SELECT dealId ...)` rather than an
// EXISTS per deal, and the text filter served by an index (docs/decisions/0007-text-search.md).

const provider: DatabaseProvider = databaseProvider(env.DATABASE_URL);

/** A date as the column holds it: Prisma writes SQLite DateTimes as ISO text with "+00:00". */
export function dateParam(date: Date): Date | string {
  return provider === "sqlite" ? date.toISOString().replace("Z", "+00:00") : date;
}

/** The UTC year of a DateTime column, as an integer. */
export function yearOf(column: string): Prisma.Sql {
  return provider === "sqlite"
    ? Prisma.raw(`CAST(substr(${column}, 1, 4) AS INTEGER)`)
    : Prisma.raw(`CAST(EXTRACT(YEAR FROM ${column}) AS INTEGER)`);
}

/** An FTS5 string: in double quotes, a double quote doubled. */
const ftsString = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** FTS5's trigram tokenizer matches substrings of three characters or more. */
const TRIGRAM = 3;

/**
 * The text filter: every word of q in searchText, as itself or one of its alternatives (see
 * termAlternatives). SQLite reads the words of three characters or more from the FTS5 trigram
 * index "DealSearch", PostgreSQL serves LIKE from a pg_trgm index; both match exactly the
 * substrings Prisma's `contains` does. With `byRow`, SQLite checks each word on the row instead
 * (instr, as for short words): for a filter that already narrows the deals to a company's, where
 * the index would first list every match of a common word (70,000 of 100,000 deals for "chips").
 */
export function textConditions(
  q: string | undefined,
  expansion: SearchExpansion | undefined,
  { byRow = false, ordered = false }: { byRow?: boolean; ordered?: boolean } = {},
): Prisma.Sql[] {
  const { match, rowChecks } = textParts(q, expansion, byRow);
  return [
    ...(match
      ? [Prisma.sql`${memberId(ordered)} IN (SELECT rowid FROM "DealSearch" WHERE "DealSearch" MATCH ${match})`]
      : []),
    ...rowChecks,
  ];
}

/** The text filter as an FTS5 MATCH expression for the words the index serves, and row conditions for the rest. */
function textParts(
  q: string | undefined,
  expansion: SearchExpansion | undefined,
  byRow: boolean,
): { match: string | null; rowChecks: Prisma.Sql[] } {
  const contains = (text: string) =>
    provider === "sqlite"
      ? Prisma.sql`instr(d."searchText", ${text}) > 0`
      : Prisma.sql`d."searchText" LIKE ${`%${text}%`}`;
  const rowChecks: Prisma.Sql[] = [];
  const matches: string[] = [];
  for (const term of searchTerms(q)) {
    const alternatives = termAlternatives(term, expansion?.get(term));
    if (provider === "sqlite" && !byRow && alternatives.every((a) => [...a].length >= TRIGRAM))
      matches.push(`(${alternatives.map(ftsString).join(" OR ")})`);
    else rowChecks.push(Prisma.sql`(${Prisma.join(alternatives.map(contains), " OR ")})`);
  }
  return { match: matches.length ? matches.join(" AND ") : null, rowChecks };
}

/** Records dated to a period overlap [from, to] (see periodOverlap in ./where.ts). */
export function periodConditions(
  dateColumn: string,
  precisionColumn: string,
  from: string | undefined,
  to: string | undefined,
): Prisma.Sql[] {
  const date = Prisma.raw(dateColumn);
  const precision = Prisma.raw(precisionColumn);
  const conditions: Prisma.Sql[] = [];
  if (to) conditions.push(Prisma.sql`${date} <= ${dateParam(parsePartialDate(to).end)}`);
  if (from) {
    const start = parsePartialDate(from).start;
    conditions.push(
      Prisma.sql`(${Prisma.join(
        PRECISIONS.map((p) => Prisma.sql`(${precision} = ${p} AND ${date} >= ${dateParam(periodStart(start, p))})`),
        " OR ",
      )})`,
    );
  }
  return conditions;
}

/**
 * The deal id to test for membership of a set (a company's deals, the text index's matches).
 * For a statement that reads rows in sort order up to a LIMIT (`ordered`), SQLite gets `+d."id"`:
 * the unary plus keeps it from driving the scan by that set, which reads every member's row and
 * sorts them all (13 ms for one company's 6,866 deals at 100,000); it walks the sort's index
 * instead and tests each id, so a page of 51 ends after a short stretch (0.8 ms). A count reads
 * every member anyway, and is faster driven by the set.
 */
const memberId = (ordered: boolean) => Prisma.raw(ordered && provider === "sqlite" ? `+d."id"` : `d."id"`);

/** The party conditions of a filter over `"DealParty" p`, with the JOIN they need; null when it has none. */
function partyConditions(f: DealFilter): { join: Prisma.Sql; where: Prisma.Sql } | null {
  if (!f.company?.length && !f.role) return null;
  const parties = [
    ...(f.company?.length ? [Prisma.sql`c."slug" IN (${Prisma.join(f.company)})`] : []),
    ...(f.role ? [Prisma.sql`p."role" = ${f.role}`] : []),
  ];
  const join = f.company?.length ? Prisma.sql`JOIN "Company" c ON c."id" = p."companyId"` : Prisma.empty;
  return { join, where: Prisma.join(parties, " AND ") };
}

/**
 * The statement counting the deals of a filter, as one column "n". A filter of parties alone is
 * counted in DealParty's (companyId, dealId) index without reading a deal (every party's deal
 * exists: parties are deleted with their deal): 0.3 ms for one company's 6,866 deals at 100,000,
 * against 2.6 ms reading each deal's row. A text filter alone that the index serves whole is
 * counted in the index, which holds a row per deal (its triggers keep it so).
 */
export function countSql(f: DealFilter, expansion?: SearchExpansion): Prisma.Sql {
  const parties = partyConditions(f);
  const conditions = dealConditions(f, expansion);
  if (parties && conditions.length === 1)
    return Prisma.sql`SELECT COUNT(DISTINCT p."dealId") AS "n" FROM "DealParty" p ${parties.join} WHERE ${parties.where}`;
  const text = textParts(f.q, expansion, false);
  if (text.match && !text.rowChecks.length && conditions.length === 1)
    return Prisma.sql`SELECT COUNT(*) AS "n" FROM "DealSearch" WHERE "DealSearch" MATCH ${text.match}`;
  return Prisma.sql`SELECT COUNT(*) AS "n" FROM "Deal" d ${whereSql(conditions)}`;
}

/**
 * The conditions of a deal filter on `"Deal" d`; `expansion` from expandSearch(f.q). `ordered`:
 * for a statement that reads rows in sort order up to a LIMIT (see memberId).
 */
export function dealConditions(
  f: DealFilter,
  expansion?: SearchExpansion,
  { ordered = false }: { ordered?: boolean } = {},
): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  const parties = partyConditions(f);
  if (parties)
    and.push(
      Prisma.sql`${memberId(ordered)} IN (SELECT p."dealId" FROM "DealParty" p ${parties.join} WHERE ${parties.where})`,
    );
  if (f.kind?.length) and.push(Prisma.sql`d."kind" IN (${Prisma.join(f.kind)})`);
  if (f.valueKind) and.push(Prisma.sql`d."valueKind" = ${f.valueKind}`);
  and.push(...periodConditions(`d."announcedOn"`, `d."announcedPrecision"`, f.from, f.to));
  if (f.minUsd) and.push(Prisma.sql`d."valueUsdMinor" >= ${decimalToMinorUnits(f.minUsd)}`);
  if (f.maxUsd) and.push(Prisma.sql`d."valueUsdMinor" <= ${decimalToMinorUnits(f.maxUsd)}`);
  and.push(...textConditions(f.q, expansion, { byRow: Boolean(f.company?.length), ordered }));
  return and;
}

/** `WHERE a AND b ...`, or nothing when there are no conditions. */
export function whereSql(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}
