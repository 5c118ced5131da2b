import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { partialDateText } from "@/lib/dates/partial-date";
import { toFigureDto } from "@/lib/deals/dto";
import { citationId } from "./citation";
import type { Claim, Precision } from "@/lib/domain";
import { isSlug } from "@/lib/deals/schemas";
import type { ArticleDto } from "./schemas";
import { bodyStart } from "./body";

async function getArticleUncached(slug: string): Promise<ArticleDto> {
  const a = !isSlug(slug)
    ? null
    : await db.article.findUnique({
        where: { slug },
        include: {
          evidence: {
            orderBy: [{ quoteStart: "asc" }, { id: "asc" }],
            include: {
              deal: { select: { slug: true, title: true } },
              event: { select: { slug: true, title: true } },
              fxRate: true,
            },
          },
        },
      });
  if (!a) throw new NotFoundError(`Article ${JSON.stringify(slug.slice(0, 100))}`);
  return {
    slug: a.slug,
    title: a.title,
    publishedOn: partialDateText(a.publishedOn, a.publishedPrecision as Precision),
    publishedPrecision: a.publishedPrecision,
    language: a.language,
    citedSource: a.citedSource,
    url: a.url,
    outlet: a.outlet,
    sourceFile: a.sourceFile,
    text: a.text,
    bodyStart: bodyStart(a.text),
    citations: a.evidence.map((e) => ({
      id: citationId(e.key),
      quote: e.quote,
      quoteStart: e.quoteStart,
      quoteEnd: e.quoteEnd,
      claim: e.claim as Claim,
      label: e.label,
      gloss: e.gloss,
      figure: toFigureDto(e),
      deal: e.deal?.slug ?? null,
      dealTitle: e.deal?.title ?? null,
      event: e.event?.slug ?? null,
      eventTitle: e.event?.title ?? null,
    })),
  };
}

// Answers under the data version (lib/cache.ts).
export const getArticle = cached("articles/queries#getArticle", getArticleUncached);
