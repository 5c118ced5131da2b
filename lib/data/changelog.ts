import "server-only";
import { db } from "@/lib/db";

/** Rows read per table: the changelog shows the newest changes, not the whole history. */
const NEWEST = 200;

export interface ChangeDay {
  day: string;
  deals: { slug: string; title: string }[];
  articles: { slug: string; title: string }[];
}

/**
 * What was added or changed, and when, newest day first: from each deal's and article's
 * updatedAt (an ingest or a re-seed that changes a row moves it). There is no creation date or
 * history table, so an addition and a later edit read the same.
 */
export async function changelog(): Promise<ChangeDay[]> {
  const [deals, articles] = await Promise.all([
    db.deal.findMany({
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: NEWEST,
      select: { slug: true, title: true, updatedAt: true },
    }),
    db.article.findMany({
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: NEWEST,
      select: { slug: true, title: true, updatedAt: true },
    }),
  ]);
  const days = new Map<string, ChangeDay>();
  const dayOf = (d: Date) => d.toISOString().slice(0, 10);
  const entry = (day: string) => days.get(day) ?? days.set(day, { day, deals: [], articles: [] }).get(day)!;
  for (const d of deals) entry(dayOf(d.updatedAt)).deals.push({ slug: d.slug, title: d.title });
  for (const a of articles) entry(dayOf(a.updatedAt)).articles.push({ slug: a.slug, title: a.title });
  return [...days.values()].sort((a, b) => (a.day < b.day ? 1 : -1));
}

export async function listArticles() {
  return db.article.findMany({
    orderBy: { publishedOn: "asc" },
    select: {
      slug: true,
      title: true,
      publishedOn: true,
      publishedPrecision: true,
      language: true,
      citedSource: true,
      _count: { select: { evidence: true } },
    },
  });
}
