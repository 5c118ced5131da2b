import { Prisma } from "@/lib/generated/prisma/client";
import type { DealRow } from "./dto";

// The deals a page shows, with what DEAL_INCLUDE would load, in six plain statements, read by
// lib/db/read.ts in the app (./load.ts) and through a transaction where the deals' stored
// answers are written (./export-rows.ts); no "server-only", as the seed writes those too. Prisma's findMany with those includes builds the same rows from its own
// statements, but its query interpreter took 16–19 ms for 50 deals at 100,000 (these statements,
// replayed raw, about 3 ms), which made it most of a list request. tests/api/deal-load.test.ts
// checks the rows equal Prisma's. A column named "a.b" is read into b of the row's object a.

type DealColumns = Omit<DealRow, "parties" | "chips" | "locations" | "evidence" | "valueFxRate">;
type FxRate = NonNullable<DealRow["valueFxRate"]>;
type Party = DealRow["parties"][number];
type Evidence = Omit<DealRow["evidence"][number], "party" | "fxRate"> & {
  party: { company: { slug: string | null } } | null;
  fxRate?: FxRate | null;
};

/** Runs a SELECT and gives its rows, a column named "a.b" read into b of the row's object a. */
export type ReadRows = <T>(statement: Prisma.Sql) => Promise<T[]>;

const inIds = (column: Prisma.Sql, ids: readonly number[]) => Prisma.sql`${column} IN (${Prisma.join(ids)})`;

function groupBy<T extends { dealId: number | null }>(rows: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    if (row.dealId === null) continue;
    const list = groups.get(row.dealId);
    if (list) list.push(row);
    else groups.set(row.dealId, [row]);
  }
  return groups;
}

/**
 * The deals whose row satisfies `where` (a condition over `"Deal" d`), each as findMany with
 * DEAL_INCLUDE loads it; in no order. The rows read are completed in place: copying them (spread
 * and rest) took 3 ms of a page's 7.
 */
export async function readDealRows(readRows: ReadRows, where: Prisma.Sql): Promise<DealRow[]> {
  const deals = await readRows<DealColumns & Partial<DealRow>>(Prisma.sql`SELECT d.* FROM "Deal" d WHERE ${where}`);
  if (deals.length === 0) return [];
  const ids = deals.map((d) => d.id);
  const [parties, chips, locations, evidence] = await Promise.all([
    readRows<Party>(Prisma.sql`
      SELECT p.*, c."slug" AS "company.slug", c."name" AS "company.name"
      FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId"
      WHERE ${inIds(Prisma.sql`p."dealId"`, ids)} ORDER BY p."id"`),
    readRows<DealRow["chips"][number]>(
      Prisma.sql`SELECT * FROM "DealChip" WHERE ${inIds(Prisma.sql`"dealId"`, ids)} ORDER BY "id"`,
    ),
    readRows<DealRow["locations"][number]>(
      Prisma.sql`SELECT * FROM "DealLocation" WHERE ${inIds(Prisma.sql`"dealId"`, ids)} ORDER BY "id"`,
    ),
    readRows<Evidence>(Prisma.sql`
      SELECT e.*, a."slug" AS "article.slug", a."title" AS "article.title", a."publishedOn" AS "article.publishedOn",
        a."publishedPrecision" AS "article.publishedPrecision", pc."slug" AS "party.company.slug"
      FROM "Evidence" e JOIN "Article" a ON a."id" = e."articleId"
      LEFT JOIN "DealParty" p ON p."id" = e."partyId" LEFT JOIN "Company" pc ON pc."id" = p."companyId"
      WHERE ${inIds(Prisma.sql`e."dealId"`, ids)} ORDER BY e."id"`),
  ]);
  const fxIds = [
    ...new Set([...deals.map((d) => d.valueFxRateId), ...evidence.map((e) => e.fxRateId)].filter((id) => id !== null)),
  ];
  const fxRates = new Map(
    (fxIds.length
      ? await readRows<FxRate>(Prisma.sql`SELECT * FROM "FxRate" WHERE ${inIds(Prisma.sql`"id"`, fxIds)}`)
      : []
    ).map((f) => [f.id, f]),
  );
  const fx = (id: number | null) => (id === null ? null : (fxRates.get(id) ?? null));
  for (const e of evidence) {
    if (e.party?.company.slug === null) e.party = null;
    e.fxRate = fx(e.fxRateId);
  }
  const partiesOf = groupBy(parties);
  const chipsOf = groupBy(chips);
  const locationsOf = groupBy(locations);
  const evidenceOf = groupBy(evidence);
  for (const d of deals) {
    d.parties = partiesOf.get(d.id) ?? [];
    d.chips = chipsOf.get(d.id) ?? [];
    d.locations = locationsOf.get(d.id) ?? [];
    d.evidence = (evidenceOf.get(d.id) ?? []) as DealRow["evidence"];
    d.valueFxRate = fx(d.valueFxRateId);
  }
  return deals as DealRow[];
}

/** The deals of `ids`, each as findMany with DEAL_INCLUDE loads it; in no order. */
export function readDealsById(readRows: ReadRows, ids: readonly number[]): Promise<DealRow[]> {
  return ids.length ? readDealRows(readRows, inIds(Prisma.sql`d."id"`, ids)) : Promise.resolve([]);
}
