import { decimalFromDigits, formatDecimal, scaleByPowerOfTen } from "./decimal";

// A dollar amount as someone types it into a filter: digits with an optional scale, in English or
// Dutch ("1B", "500M", "2.5bn", "$1T", "1,5 mld"). Exact: the digits are scaled as text, never
// through a float. English scale words are short scale here ("billion" = 10^9): the filter is in
// US dollars, unlike the Dutch article parser, which refuses "billion" as ambiguous.

const SCALES = new Map<string, number>([
  ["k", 3],
  ["thousand", 3],
  ["duizend", 3],
  ["m", 6],
  ["mn", 6],
  ["mln", 6],
  ["million", 6],
  ["miljoen", 6],
  ["b", 9],
  ["bn", 9],
  ["billion", 9],
  ["mld", 9],
  ["mrd", 9],
  ["miljard", 9],
  ["t", 12],
  ["tn", 12],
  ["trillion", 12],
  ["biljoen", 12],
]);

/** Below a quadrillion dollars, as before: 15 integer digits; minor units then fit in 64 bits. */
const MAX_INTEGER_DIGITS = 15;

export const USD_FILTER_HINT = "expected US dollars, e.g. 1000000000, 114.29, 500M, 2.5bn, 1,5 mld or $1T";

export type UsdFilterResult = { ok: true; usd: string } | { ok: false; reason: string };

const SHAPE = /^(?:us\$|\$|usd)?\s*(\d+(?:[.,]\d+)*)\s*([a-z]+)?\.?\s*(?:usd|dollars?)?$/;

/** The amount as an exact decimal string of dollars ("1,5 mld" -> "1500000000"), or why not. */
export function parseUsdFilter(input: string): UsdFilterResult {
  const match = SHAPE.exec(input.trim().toLowerCase());
  if (!match) return { ok: false, reason: USD_FILTER_HINT };
  const [, number = "", word] = match;
  const exponent = word === undefined ? 0 : SCALES.get(word);
  if (exponent === undefined) return { ok: false, reason: `unknown scale ${JSON.stringify(word)}; ${USD_FILTER_HINT}` };
  const digits = splitDigits(number);
  if (!digits.ok) return digits;
  const usd = scaleByPowerOfTen(decimalFromDigits(digits.integer, digits.fraction), exponent);
  if (usd.scale > 2) return { ok: false, reason: "more precise than a cent" };
  const text = formatDecimal(usd);
  if (text.split(".")[0]!.length > MAX_INTEGER_DIGITS) return { ok: false, reason: "larger than any deal could be" };
  return { ok: true, usd: text };
}

/**
 * The integer and fraction digits of "1,234,567.5", "1.234.567,5", "16,5" or "114.29". A lone
 * separator between a non-zero number and exactly three digits ("1,500") is refused: English reads a thousands
 * separator there and Dutch a decimal comma.
 */
function splitDigits(number: string): { ok: true; integer: string; fraction: string } | { ok: false; reason: string } {
  const separators = number.replace(/\d/g, "");
  if (!separators) return { ok: true, integer: number, fraction: "" };
  const groups = number.split(/[.,]/);
  const last = separators.at(-1)!;
  const mixed = new Set(separators).size > 1;
  // With both marks, the last one is the decimal point; with one mark used twice or more, it groups thousands.
  const decimal = mixed || separators.length === 1 ? last : null;
  if (separators.length === 1 && groups[1]!.length === 3 && !/^0+$/.test(groups[0]!))
    return { ok: false, reason: `${JSON.stringify(number)} is ambiguous: write 1500 or 1.5K, not 1,500` };
  const thousands = decimal === null ? groups : groups.slice(0, -1);
  if (mixed && separators.slice(0, -1).includes(last)) return { ok: false, reason: USD_FILTER_HINT };
  if (thousands.length > 1 && !(thousands[0]!.length <= 3 && thousands.slice(1).every((g) => g.length === 3)))
    return { ok: false, reason: `${JSON.stringify(number)} is not grouped in thousands` };
  return { ok: true, integer: thousands.join(""), fraction: decimal === null ? "" : groups.at(-1)! };
}
