import { parseDutchAmount, type ParseResult } from "@/lib/amounts/parse";
import type { IngestLanguage } from "./types";

export type AmountParser = (text: string) => ParseResult;

// English amounts read through the Dutch parser: separators swapped ("19.4" -> "19,4",
// "1,300" -> "1.300") and the words translated, so both languages obey the one set of rules.
const ENGLISH_WORDS: [RegExp, string][] = [
  [/\bup to\b/g, "tot"],
  [/\bmore than\b/g, "meer dan"],
  [/\bat least\b/g, "minstens"],
  [/\b(?:about|around|roughly|approximately|some)\b/g, "ongeveer"],
  [/\b(?:almost|nearly)\b/g, "bijna"],
  [/\btrillion\b/g, "biljoen"],
  [/\b(?:billion|bn)\b/g, "miljard"],
  [/\b(?:million|mn)\b/g, "miljoen"],
  [/\bdollars\b/g, "dollar"],
  [/\beuros\b/g, "euro"],
];

export function parseEnglishAmount(text: string): ParseResult {
  let dutch = text.toLowerCase().replace(/\d[\d.,]*\d/g, (n) => n.replace(/[.,]/g, (c) => (c === "." ? "," : ".")));
  for (const [pattern, word] of ENGLISH_WORDS) dutch = dutch.replace(pattern, word);
  return parseDutchAmount(dutch);
}

export function amountParser(lang: IngestLanguage): AmountParser {
  return lang === "en" ? parseEnglishAmount : parseDutchAmount;
}

export interface FoundAmount {
  /** The amount exactly as the quote writes it. */
  text: string;
  high: string | null;
  unitImplied: boolean;
  qualifier: string | null;
}

/**
 * Where in `quote` the amount is written: the phrase around a number that parses to exactly
 * `amount` in `currency` (or names no unit). Null when the quote does not state that amount.
 */
export function findAmountText(
  quote: string,
  amount: string,
  currency: string,
  parse: AmountParser,
): FoundAmount | null {
  const words = [...quote.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  let best = null as (FoundAmount & { score: number }) | null;
  for (const [i, word] of words.entries()) {
    if (!/\d/.test(word.text)) continue;
    const readings: (FoundAmount & { score: number; unit: string | null })[] = [];
    for (let before = 0; before <= 3 && before <= i; before++) {
      for (let after = 0; after <= 3 && i + after < words.length; after++) {
        const text = quote
          .slice(words[i - before]!.start, words[i + after]!.end)
          .replace(/(?<=\D)[.,;:!?)"'’”]+$/u, "")
          .replace(/^[("'‘“]+/u, "");
        const parsed = parse(text);
        if (!parsed.ok || parsed.amount.value !== amount) continue;
        const { unit, high, qualifier } = parsed.amount;
        // A phrase naming its unit beats one that leaves it implied, and one with its qualifier
        // ("tot", "ruim") one without; then the shortest wins, leaving out words the parser skips.
        const score = (unit ? 10_000 : 0) + (qualifier ? 1000 : 0) - text.length;
        readings.push({ text, high, unitImplied: unit === null, qualifier, score, unit });
      }
    }
    // "1,3 miljard" inside "1,3 miljard euro" is euros, whatever currency is asked for.
    if (readings.some((r) => r.unit !== null && r.unit !== currency)) continue;
    for (const r of readings) if (!best || r.score > best.score) best = r;
  }
  if (!best) return null;
  const { text, high, unitImplied, qualifier } = best;
  return { text, high, unitImplied, qualifier };
}
