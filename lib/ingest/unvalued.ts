import type { CompanyIndex } from "./companies";
import { cueRegex, hasCue } from "./cues";
import { dealTypeOf, type DealType } from "./roles";
import type { Sentence } from "./sentences";

// Deals an article reports without a value ("OpenAI has signed a direct agreement with CoreWeave
// that's worth billions"): proposed with a null amount, so the analyst sees them too. Only clauses
// with an explicit agreement verb and two companies count, since nothing else vouches for them.

const AGREEMENT =
  /(?:signed|signs|sign|inked|struck|reached)\s+(?:\S+\s+){0,4}(?:agreement|deal|contract|partnership|pact)\s+with|agreed\s+to\s+(?:buy|acquire|supply|invest|purchase)|(?:tekende|tekent|tekenen|sloot|sluit|sluiten|sloten|ondertekende)\s+(?:\S+\s+){0,5}(?:contract|deal|overeenkomst|akkoord|samenwerking|partnerschap)\s+(?:met|af\s+met)|turned\s+to|turns\s+to|(?:supplier|leverancier)\s+(?:is|wordt)|(?:levert|leveren|leverde|gaat)\s+(?:\S+\s+){0,5}(?:leveren\s+)?aan|(?:supplies|will\s+supply|to\s+supply)|neemt\s+(?:\S+\s+){1,4}over|(?:acquires|to\s+acquire|will\s+acquire)|koopt\s+(?:\S+\s+){0,5}(?:van|bij)|buys\s+(?:\S+\s+){0,5}from|investeert\s+(?:\S+\s+){0,5}in|invests\s+(?:\S+\s+){0,3}in|(?:partnership|partnerschap)\s+(?:with|met)/iu;

const NOT_DONE = cueRegex([
  "niet",
  "geen",
  "not",
  "no",
  "never",
  "nooit",
  "denied",
  "ontkent",
  "rejected",
  "afgewezen",
  "walked away",
]);

const CLAUSE = /,\s+(?:and|en|maar|but|while|terwijl|whereas)\s+|;\s*/giu;

export interface UnvaluedDeal {
  sentence: number;
  keys: string[];
  type: DealType;
}

function clauses(text: string): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE)) {
    parts.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  parts.push({ start, end: text.length });
  return parts;
}

/** Clauses naming an agreement between two or more companies, in sentences that give no deal value. */
export function findUnvaluedDeals(
  sentences: readonly Sentence[],
  index: CompanyIndex,
  valuedSentences: ReadonlySet<number>,
): UnvaluedDeal[] {
  const found: UnvaluedDeal[] = [];
  for (const sentence of sentences) {
    if (valuedSentences.has(sentence.index)) continue;
    for (const clause of clauses(sentence.text)) {
      const text = sentence.text.slice(clause.start, clause.end);
      if (!AGREEMENT.test(text) || hasCue(text, NOT_DONE)) continue;
      const keys: string[] = [];
      for (const m of index.bySentence.get(sentence.index) ?? []) {
        const at = m.start - sentence.start;
        if (at < clause.start || at >= clause.end) continue;
        if (m.asProduct || m.asSource || keys.includes(m.key)) continue;
        keys.push(m.key);
      }
      if (keys.length >= 2) found.push({ sentence: sentence.index, keys, type: dealTypeOf(text) ?? "supply" });
    }
  }
  return found;
}
