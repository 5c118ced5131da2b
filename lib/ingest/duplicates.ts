import { compareDecimals, parseDecimalString } from "@/lib/amounts/decimal";
import type { KnownData } from "./types";

/** |a - b| <= b / 100, exactly: 100·|a − b| ≤ b on the decimals scaled to one integer grid. */
function withinOnePercent(a: string, b: string): boolean {
  const x = parseDecimalString(a);
  const y = parseDecimalString(b);
  const scale = Math.max(x.scale, y.scale);
  const ax = x.units * 10n ** BigInt(scale - x.scale);
  const by = y.units * 10n ** BigInt(scale - y.scale);
  const diff = ax > by ? ax - by : by - ax;
  return compareDecimals({ units: diff * 100n, scale }, { units: by, scale }) <= 0;
}

/**
 * The slug of an existing deal with the same parties (as a set of known slugs) and an amount in
 * the same currency within 1%, or null. A candidate with a company not yet in the database has
 * no match, since no existing deal can name it.
 */
export function findMatchingDeal(
  partySlugs: readonly (string | null)[],
  amount: string | null,
  currency: string | null,
  known: KnownData,
): string | null {
  if (amount === null || currency === null || partySlugs.length === 0 || partySlugs.includes(null)) return null;
  const wanted = new Set(partySlugs);
  for (const deal of known.deals) {
    if (deal.amount === null || deal.currency !== currency) continue;
    const parties = new Set(deal.partySlugs);
    if (parties.size !== wanted.size || [...wanted].some((s) => !parties.has(s as string))) continue;
    if (withinOnePercent(amount, deal.amount)) return deal.slug;
  }
  return null;
}
