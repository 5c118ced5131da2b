import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { notFound } from "@/lib/api/errors";
import { partialDateText } from "@/lib/dates/partial-date";
import { citationId } from "./citation";
import { Claim, type Precision } from "@/lib/domain";
import { isSlug } from "@/lib/deals/schemas";

export const CitationDto = z.object({
  id: z.string().describe("stable key, usable as a page anchor"),
  quote: z.string(),
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
  claim: Claim,
  label: z.string(),
  deal: z.string().nullable().describe("slug of the deal the quote supports"),
  dealTitle: z.string().nullable(),
  event: z.string().nullable().describe("slug of the event the quote supports"),
  eventTitle: z.string().nullable(),
});
export const ArticleDto = z.object({
  slug: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  publishedPrecision: z.string(),
  language: z.string(),
  citedSource: z.string().nullable(),
  sourceFile: z.string(),
  text: z.string(),
  citations: z.array(CitationDto).describe("every quote cited from this article, by position"),
});
export type ArticleDto = z.infer<typeof ArticleDto>;

export async function getArticle(slug: string): Promise<ArticleDto> {
  const a = !isSlug(slug)
    ? null
    : await db.article.findUnique({
        where: { slug },
        include: {
          evidence: {
            orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
            include: { deal: { select: { slug: true, title: true } }, event: { select: { slug: true, title: true } } },
          },
        },
      });
  if (!a) throw notFound(`Article ${JSON.stringify(slug.slice(0, 100))}`);
  return {
    slug: a.slug,
    title: a.title,
    publishedOn: partialDateText(a.publishedOn, a.publishedPrecision as Precision),
    publishedPrecision: a.publishedPrecision,
    language: a.language,
    citedSource: a.citedSource,
    sourceFile: a.sourceFile,
    text: a.text,
    citations: a.evidence.map((e) => ({
      id: citationId(e.key),
      quote: e.quote,
      quoteStart: e.quoteStart,
      quoteEnd: e.quoteEnd,
      claim: e.claim as Claim,
      label: e.label,
      deal: e.deal?.slug ?? null,
      dealTitle: e.deal?.title ?? null,
      event: e.event?.slug ?? null,
      eventTitle: e.event?.title ?? null,
    })),
  };
}
