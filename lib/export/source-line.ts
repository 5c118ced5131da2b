import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** "Source: chip-deals, <articles>, data version <v>": the articles the drawn deals are sourced from. */
export async function sourceLine(deals: Prisma.DealWhereInput, version: string): Promise<string> {
  const where = { evidence: { some: { deal: deals } } } satisfies Prisma.ArticleWhereInput;
  const [count, first] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({ where, select: { title: true }, orderBy: { publishedOn: "asc" }, take: 2 }),
  ]);
  const articles =
    count === 0
      ? "no articles"
      : count <= 2
        ? first.map((a) => `“${a.title}”`).join("; ")
        : `${count} news articles (listed at /data)`;
  return `Source: chip-deals, ${articles}, data version ${version}`;
}
