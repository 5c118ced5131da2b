import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DealRow } from "./dto";

// The deals a page shows, with what DEAL_INCLUDE would load, in six plain statements. Prisma's
// findMany with those includes builds the same rows from its own statements, but its query
// interpreter took 16–19 ms for 50 deals at 100,000 (these statements, replayed raw, about 3 ms),
// which made it most of a list request. lib/deals/load.test.ts checks the rows equal Prisma's.

type Raw<T> = T & Record<string, unknown>;
type DealColumns = Omit<DealRow, "parties" | "chips" | "locations" | "evidence" | "valueFxRate">;
type FxRate = NonNullable<DealRow["valueFxRate"]>;
type Party = Omit<DealRow["parties"][number], "company">;
type Evidence = Omit<DealRow["evidence"][number], "article" | "party" | "fxRate">;

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

/** The deals whose row satisfies `where` (a condition over `"Deal" d`), each as findMany with DEAL_INCLUDE loads it; in no order. */
export async function loadDealRows(where: Prisma.Sql): Promise<DealRow[]> {
  const deals = await db.$queryRaw<DealColumns[]>`SELECT d.* FROM "Deal" d WHERE ${where}`;
  if (deals.length === 0) return [];
  const ids = deals.map((d) => d.id);
  const [parties, chips, locations, evidence] = await Promise.all([
    db.$queryRaw<Raw<Party & { companySlug: string; companyName: string }>[]>`
      SELECT p.*, c."slug" AS "companySlug", c."name" AS "companyName"
      FROM "DealParty" p JOIN "Company" c ON c."id" = p."companyId"
      WHERE ${inIds(Prisma.sql`p."dealId"`, ids)} ORDER BY p."id"`,
    db.$queryRaw<DealRow["chips"]>`SELECT * FROM "DealChip" WHERE ${inIds(Prisma.sql`"dealId"`, ids)} ORDER BY "id"`,
    db.$queryRaw<
      DealRow["locations"]
    >`SELECT * FROM "DealLocation" WHERE ${inIds(Prisma.sql`"dealId"`, ids)} ORDER BY "id"`,
    db.$queryRaw<
      Raw<
        Evidence & {
          articleSlug: string;
          articleTitle: string;
          articlePublishedOn: Date;
          articlePublishedPrecision: string;
          partySlug: string | null;
        }
      >[]
    >`
      SELECT e.*, a."slug" AS "articleSlug", a."title" AS "articleTitle", a."publishedOn" AS "articlePublishedOn",
        a."publishedPrecision" AS "articlePublishedPrecision", pc."slug" AS "partySlug"
      FROM "Evidence" e JOIN "Article" a ON a."id" = e."articleId"
      LEFT JOIN "DealParty" p ON p."id" = e."partyId" LEFT JOIN "Company" pc ON pc."id" = p."companyId"
      WHERE ${inIds(Prisma.sql`e."dealId"`, ids)} ORDER BY e."id"`,
  ]);
  const fxIds = [
    ...new Set([...deals.map((d) => d.valueFxRateId), ...evidence.map((e) => e.fxRateId)].filter((id) => id !== null)),
  ];
  const fxRates = new Map(
    (fxIds.length
      ? await db.$queryRaw<FxRate[]>`SELECT * FROM "FxRate" WHERE ${inIds(Prisma.sql`"id"`, fxIds)}`
      : []
    ).map((f) => [f.id, f]),
  );
  const fx = (id: number | null) => (id === null ? null : (fxRates.get(id) ?? null));
  const partiesOf = groupBy(parties);
  const chipsOf = groupBy(chips);
  const locationsOf = groupBy(locations);
  const evidenceOf = groupBy(evidence);
  return deals.map((d) => ({
    ...d,
    parties: (partiesOf.get(d.id) ?? []).map(({ companySlug, companyName, ...p }) => ({
      ...p,
      company: { slug: companySlug, name: companyName },
    })),
    chips: chipsOf.get(d.id) ?? [],
    locations: locationsOf.get(d.id) ?? [],
    evidence: (evidenceOf.get(d.id) ?? []).map(
      ({ articleSlug, articleTitle, articlePublishedOn, articlePublishedPrecision, partySlug, ...e }) => ({
        ...e,
        article: {
          slug: articleSlug,
          title: articleTitle,
          publishedOn: articlePublishedOn,
          publishedPrecision: articlePublishedPrecision,
        },
        party: partySlug === null ? null : { company: { slug: partySlug } },
        fxRate: fx(e.fxRateId),
      }),
    ),
    valueFxRate: fx(d.valueFxRateId),
  }));
}

/** The deals of `ids`, each as findMany with DEAL_INCLUDE loads it; in no order. */
export function loadDealsById(ids: readonly number[]): Promise<DealRow[]> {
  return ids.length ? loadDealRows(inIds(Prisma.sql`d."id"`, ids)) : Promise.resolve([]);
}
