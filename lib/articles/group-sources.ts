import type { SourceDto } from "@/lib/deals/schemas";

/** One cited sentence and every claim it supports, in the order the claims were listed. */
export interface SentenceGroup {
  /** The first claim's anchor: where "Read in context" leads. */
  id: string;
  article: string;
  title: string;
  publishedOn: string;
  quote: string;
  gloss: string | null;
  claims: SourceDto[];
}

/** Groups sources that quote the same sentence of the same article, so each sentence is shown once. */
export function groupBySentence(sources: readonly SourceDto[]): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  for (const s of sources) {
    const key = `${s.article}:${s.quoteStart}:${s.quoteEnd}`;
    const group = groups.get(key);
    if (group) group.claims.push(s);
    else
      groups.set(key, {
        id: s.id,
        article: s.article,
        title: s.title,
        publishedOn: s.publishedOn,
        quote: s.quote,
        gloss: s.gloss,
        claims: [s],
      });
  }
  return [...groups.values()];
}
