import { decimalFromInteger, type ExactDecimal } from "./decimal";

// Maps, not object literals: a lookup like table["constructor"] must not hit Object.prototype.
const DIGITS = new Map<string, bigint>([
  ["een", 1n],
  ["twee", 2n],
  ["drie", 3n],
  ["vier", 4n],
  ["vijf", 5n],
  ["zes", 6n],
  ["zeven", 7n],
  ["acht", 8n],
  ["negen", 9n],
]);

const BELOW_TWENTY = new Map<string, bigint>([
  ["nul", 0n],
  ...DIGITS,
  ["tien", 10n],
  ["elf", 11n],
  ["twaalf", 12n],
  ["dertien", 13n],
  ["veertien", 14n],
  ["vijftien", 15n],
  ["zestien", 16n],
  ["zeventien", 17n],
  ["achttien", 18n],
  ["negentien", 19n],
]);

const TENS = new Map<string, bigint>([
  ["twintig", 20n],
  ["dertig", 30n],
  ["veertig", 40n],
  ["vijftig", 50n],
  ["zestig", 60n],
  ["zeventig", 70n],
  ["tachtig", 80n],
  ["negentig", 90n],
]);

const HUNDRED = "honderd";
const THOUSAND = "duizend";

// Dutch writes "één" with accents to tell the numeral from the article, and puts a
// diaeresis on the linking "en" after a vowel ("tweeëntwintig"); neither changes the value.
function foldAccents(word: string): string {
  return word.replace(/[éèê]/g, "e").replace(/ë/g, "e");
}

function parseBelowHundred(word: string): bigint | null {
  const direct = BELOW_TWENTY.get(word) ?? TENS.get(word);
  if (direct !== undefined) return direct;
  // Units come before tens, joined by "en": "vijfenveertig" = 5 + 40.
  for (const [digitWord, digit] of DIGITS) {
    const prefix = `${digitWord}en`;
    if (word.startsWith(prefix)) {
      const tens = TENS.get(word.slice(prefix.length));
      if (tens !== undefined) return digit + tens;
    }
  }
  return null;
}

function parseBelowTenThousand(word: string): bigint | null {
  const at = word.indexOf(HUNDRED);
  if (at < 0) return parseBelowHundred(word);
  const head = word.slice(0, at);
  const tail = word.slice(at + HUNDRED.length);
  // The multiplier may exceed nine: "vijftienhonderd" is 1500.
  const multiplier = head === "" ? 1n : parseBelowHundred(head);
  if (multiplier === null || multiplier === 0n) return null;
  const rest = tail === "" ? 0n : parseBelowHundred(tail);
  if (rest === null || (tail !== "" && rest === 0n)) return null;
  return multiplier * 100n + rest;
}

function parseWholeNumberWord(word: string): bigint | null {
  const at = word.indexOf(THOUSAND);
  if (at < 0) return parseBelowTenThousand(word);
  const head = word.slice(0, at);
  const tail = word.slice(at + THOUSAND.length);
  const multiplier = head === "" ? 1n : parseBelowTenThousand(head);
  if (multiplier === null || multiplier === 0n) return null;
  const rest = tail === "" ? 0n : parseBelowTenThousand(tail);
  if (rest === null || (tail !== "" && rest === 0n) || rest >= 1000n) return null;
  return multiplier * 1000n + rest;
}

/**
 * Value of one written-out Dutch number word ("zeven", "vijfenveertig", "tweehonderd",
 * "drieduizendvijfhonderd", "anderhalf", "tweeënhalf"), or null if it is not one.
 * Expects a lowercase word; the article-plus-"half" form ("een half") is left to the caller.
 */
export function parseNumberWord(word: string): ExactDecimal | null {
  if (word.length === 0 || word.length > 60) return null;
  const folded = foldAccents(word);
  if (folded === "anderhalf" || folded === "anderhalve") return { units: 15n, scale: 1 };
  const half = /^(.+)en(?:half|halve)$/.exec(folded);
  if (half) {
    const whole = DIGITS.get(half[1] ?? "");
    return whole === undefined ? null : { units: whole * 10n + 5n, scale: 1 };
  }
  const value = parseWholeNumberWord(folded);
  return value === null ? null : decimalFromInteger(value);
}

/** True for the article/numeral "een"/"één" that can precede "half" ("een half procent"). */
export function isOneWord(word: string): boolean {
  return foldAccents(word) === "een";
}

export function isHalfWord(word: string): boolean {
  return word === "half" || word === "halve";
}
