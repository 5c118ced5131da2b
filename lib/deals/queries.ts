import "server-only";
import { db } from "@/lib/db";

/** Deals in date order (newest first) with parties and the articles they cite. */
export async function listDealsForOverview() {
  return db.deal.findMany({
    orderBy: [{ announcedOn: "desc" }, { slug: "asc" }],
    include: {
      parties: { include: { company: { select: { slug: true, name: true } } }, orderBy: { id: "asc" } },
      evidence: { select: { article: { select: { slug: true, title: true } } } },
    },
  });
}

export async function countRecords() {
  const [deals, events, companies, articles, evidence] = await Promise.all([
    db.deal.count(),
    db.event.count(),
    db.company.count(),
    db.article.count(),
    db.evidence.count(),
  ]);
  return { deals, events, companies, articles, evidence };
}
