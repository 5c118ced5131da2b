import type { Extraction } from "../types";
import type { Article, ExpectedFile } from "./dataset";

// The measures of an extraction against a human reading. Names match when they are equal
// after folding case and punctuation, or when one is the other plus trailing words ("Nebius" and
// "Nebius Group"), since either is a fair reading of the company's name.

export interface Ratio {
  hit: number;
  total: number;
}

export interface Score {
  amountRecall: Ratio;
  parties: Ratio;
  valueKind: Ratio;
  companies: Ratio;
  precision: Ratio;
  quotes: Ratio;
  /** Deals the reading gives no amount, found with all their companies (reported, no target). */
  unvalued: Ratio;
  misses: string[];
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** Equal within 0.5%, exactly enough for amounts written with one or two decimals. */
function sameAmount(found: string | null, expected: number): boolean {
  if (found === null) return false;
  const value = Number(found);
  return Math.abs(value - expected) <= expected * 0.005;
}

const ratio = (hit: number, total: number): Ratio => ({ hit, total });
export const add = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, total: a.total + b.total });
export const pct = (r: Ratio) => (r.total === 0 ? 100 : (100 * r.hit) / r.total);

export function scoreArticle(article: Article, expected: ExpectedFile, got: Extraction): Score {
  const misses: string[] = [];
  let amountHit = 0;
  let amountTotal = 0;
  let partyHit = 0;
  let partyTotal = 0;
  let kindHit = 0;
  let kindTotal = 0;
  for (const deal of expected.deals) {
    if (deal.amount === null || deal.currency === null) continue;
    amountTotal += 1;
    const match = got.deals.find((d) => d.currency === deal.currency && sameAmount(d.amount, deal.amount!));
    if (!match) {
      misses.push(`${article.file}: deal amount ${deal.amount} ${deal.currency} not found`);
      continue;
    }
    amountHit += 1;
    for (const party of deal.parties) {
      partyTotal += 1;
      if (match.parties.some((p) => sameName(p.name, party))) partyHit += 1;
      else misses.push(`${article.file}: party ${party} missing on the ${deal.amount} deal`);
    }
    kindTotal += 1;
    if (match.valueKind === deal.value_kind) kindHit += 1;
    else misses.push(`${article.file}: value kind ${match.valueKind} for ${deal.amount}, expected ${deal.value_kind}`);
  }

  let companyHit = 0;
  for (const name of expected.companies) {
    if (got.companies.some((c) => sameName(c.name, name))) companyHit += 1;
    else misses.push(`${article.file}: company ${name} not found`);
  }
  for (const c of got.companies) {
    if (!expected.companies.some((name) => sameName(c.name, name)))
      misses.push(`${article.file}: extra company ${c.name}`);
  }

  const proposed = got.deals.filter((d) => d.amount !== null);
  let precisionHit = 0;
  for (const d of proposed) {
    const real = expected.deals.some(
      (e) => e.amount !== null && e.currency === d.currency && sameAmount(d.amount, e.amount),
    );
    if (real) precisionHit += 1;
    else misses.push(`${article.file}: proposed deal ${d.amount} ${d.currency} is not a deal amount`);
  }

  const unvaluedExpected = expected.deals.filter((d) => d.amount === null);
  const unvaluedHit = unvaluedExpected.filter((e) =>
    got.deals.some((d) => e.parties.every((p) => d.parties.some((q) => sameName(q.name, p)))),
  ).length;

  const quotes = [...got.deals.flatMap((d) => d.evidence), ...got.figures];
  const verbatim = quotes.filter((q) => article.body.slice(q.start, q.end) === q.quote).length;
  if (verbatim < quotes.length) misses.push(`${article.file}: ${quotes.length - verbatim} quotes not at their offsets`);

  return {
    amountRecall: ratio(amountHit, amountTotal),
    parties: ratio(partyHit, partyTotal),
    valueKind: ratio(kindHit, kindTotal),
    companies: ratio(companyHit, expected.companies.length),
    precision: ratio(precisionHit, proposed.length),
    quotes: ratio(verbatim, quotes.length),
    unvalued: ratio(unvaluedHit, unvaluedExpected.length),
    misses,
  };
}

export function sumScores(scores: readonly Score[]): Score {
  const zero: Score = {
    amountRecall: ratio(0, 0),
    parties: ratio(0, 0),
    valueKind: ratio(0, 0),
    companies: ratio(0, 0),
    precision: ratio(0, 0),
    quotes: ratio(0, 0),
    unvalued: ratio(0, 0),
    misses: [],
  };
  return scores.reduce(
    (acc, s) => ({
      amountRecall: add(acc.amountRecall, s.amountRecall),
      parties: add(acc.parties, s.parties),
      valueKind: add(acc.valueKind, s.valueKind),
      companies: add(acc.companies, s.companies),
      precision: add(acc.precision, s.precision),
      quotes: add(acc.quotes, s.quotes),
      unvalued: add(acc.unvalued, s.unvalued),
      misses: [...acc.misses, ...s.misses],
    }),
    zero,
  );
}

/** The targets, in percent. */
export const TARGETS = {
  amountRecall: 90,
  parties: 85,
  valueKind: 75,
  companies: 85,
  precision: 60,
  quotes: 100,
} as const;
