import { z } from "zod";
import { SourceDto } from "@/lib/deals/schemas";
import { Claim } from "@/lib/domain";

export const CitationDto = z.object({
  id: z.string().describe("stable key, usable as a page anchor"),
  quote: z.string(),
  quoteStart: z.number().int(),
  quoteEnd: z.number().int(),
  claim: Claim,
  label: z.string(),
  gloss: z.string().nullable().describe("a short English gloss of the Dutch quote"),
  figure: SourceDto.shape.figure,
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
  url: z.string().nullable().describe("the original's web address, where known (always for an ingested article)"),
  outlet: z.string().nullable(),
  sourceFile: z.string().nullable().describe("the seed file it came from; null for an ingested article"),
  text: z.string().describe("the source file's text, byte for byte: header (front matter or dateline), then body"),
  bodyStart: z.number().int().describe("offset in text where the article body begins; every quote lies after it"),
  citations: z.array(CitationDto).describe("every quote cited from this article, by position"),
});
export type ArticleDto = z.infer<typeof ArticleDto>;
