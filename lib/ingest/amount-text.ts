import { findAmounts } from "@/lib/amounts/find";
import { parseDutchAmount, type AmountUnit, type ParseResult } from "@/lib/amounts/parse";
import type { IngestLanguage } from "./types";

export type AmountParser = (text: string) => ParseResult;

/** Reads one English amount phrase ("up to $19.4 billion") with the extractor's amount finder. */
export function parseEnglishAmount(text: string): ParseResult {
  const found = findAmounts(text.trim(), "en");
  const only = found[0];
  if (found.length !== 1 || !only) return { ok: false, reason: `"${text}" is not one amount` };
  return {
    ok: true,
    amount: { value: only.value, high: only.high, unit: only.unit as AmountUnit | null, qualifier: only.qualifier },
  };
}

/** The parser the seed's figure checks use for an article in `lang`. */
export function amountParser(lang: IngestLanguage): AmountParser {
  return lang === "en" ? parseEnglishAmount : parseDutchAmount;
}

export interface FoundAmountText {
  /** The amount exactly as the quote writes it, with its qualifier ("maximaal $500 miljard"). */
  text: string;
  high: string | null;
  unitImplied: boolean;
  qualifier: string | null;
}

/** Where `quote` states exactly `amount` in `currency` (or with the unit left to context); null when it does not. */
export function findAmountText(
  quote: string,
  amount: string,
  currency: string,
  lang: IngestLanguage,
): FoundAmountText | null {
  for (const f of findAmounts(quote, lang)) {
    if (f.value !== amount) continue;
    const implied = f.unit === null || f.unitInherited;
    if (!implied && f.unit !== currency) continue;
    return {
      text: quote.slice(f.qualifierStart ?? f.start, f.end),
      high: f.high,
      unitImplied: implied,
      qualifier: f.qualifier,
    };
  }
  return null;
}
