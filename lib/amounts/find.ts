import { parseNumberWord } from "./number-words";
import { parseDutchAmount, QUALIFIER_PHRASES, type AmountUnit, type Qualifier } from "./parse";

// Finds the amounts written inside running text (Dutch or English) and reads each with the Dutch
// amount parser: English numerals and scale words are rewritten into the Dutch form first, so
// there is one place that turns digits and scale words into an exact decimal.

export type FoundUnit = AmountUnit | "GBP" | "JPY" | "CNY";
export type FindLanguage = "nl" | "en";

export interface FoundAmount {
  /** The amount itself ("$19.4 billion", "honderd miljard dollar"), offsets into the searched text. */
  start: number;
  end: number;
  text: string;
  value: string;
  /** Upper end of a range ("35 tot 40 miljard dollar"), else null. */
  high: string | null;
  unit: FoundUnit | null;
  /** True when the currency is not written at the amount but carried over from one before it. */
  unitInherited: boolean;
  qualifier: Qualifier | null;
  /** The qualifier as written ("naar schatting", "up to") and where it starts; null without one. */
  qualifierText: string | null;
  qualifierStart: number | null;
  /** "per jaar", "a year", "annually" follows the amount. */
  perYear: boolean;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /US\$|[$€£¥%]|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:['’]\p{L}+)?|\S/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace(/’/g, "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Scale words and the Dutch word the parser knows them by. English "billion" is a Dutch miljard. */
const SCALES = new Map<string, string>([
  ["duizend", "duizend"],
  ["miljoen", "miljoen"],
  ["mln", "mln"],
  ["miljard", "miljard"],
  ["mld", "mld"],
  ["mrd", "mrd"],
  ["biljoen", "biljoen"],
  ["thousand", "duizend"],
  ["million", "miljoen"],
  ["millions", "miljoen"],
  ["mn", "miljoen"],
  ["billion", "miljard"],
  ["billions", "miljard"],
  ["bn", "miljard"],
  ["trillion", "biljoen"],
  ["tn", "biljoen"],
]);
const ENGLISH_SCALES = new Set([
  "thousand",
  "million",
  "millions",
  "mn",
  "billion",
  "billions",
  "bn",
  "trillion",
  "tn",
]);
/** Letters glued to a currency amount: "$500m", "€2bn", "$20k". */
const ATTACHED_SCALES = new Map<string, string>([
  ["k", "duizend"],
  ["m", "miljoen"],
  ["mln", "miljoen"],
  ["b", "miljard"],
  ["bn", "miljard"],
  ["mld", "miljard"],
  ["tn", "biljoen"],
]);
const ABBREVIATED_SCALES = new Set(["mln", "mld", "mrd", "mn", "bn"]);

const PREFIX_CURRENCIES = new Map<string, FoundUnit>([
  ["$", "USD"],
  ["us$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["usd", "USD"],
  ["eur", "EUR"],
  ["gbp", "GBP"],
]);

const UNIT_WORDS = new Map<string, FoundUnit>([
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["usd", "USD"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["euro's", "EUR"],
  ["eur", "EUR"],
  ["pond", "GBP"],
  ["pound", "GBP"],
  ["pounds", "GBP"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["renminbi", "CNY"],
  ["procent", "percent"],
  ["percent", "percent"],
  ["pct", "percent"],
  ["%", "percent"],
  ["procentpunt", "percent"],
  ["aandelen", "shares"],
  ["aandeel", "shares"],
  ["shares", "shares"],
  ["kw", "kW"],
  ["kilowatt", "kW"],
  ["mw", "MW"],
  ["megawatt", "MW"],
  ["gw", "GW"],
  ["gigawatt", "GW"],
]);
const CURRENCIES = new Set<FoundUnit>(["USD", "EUR", "GBP", "JPY", "CNY"]);
/** Words written before a currency word that do not change it: "Amerikaanse dollar", "US dollars". */
const CURRENCY_ADJECTIVES = new Set(["amerikaanse", "us", "u.s", "american"]);

const ENGLISH_NUMBER_WORDS = new Map<string, string>([
  ["one", "1"],
  ["two", "2"],
  ["three", "3"],
  ["four", "4"],
  ["five", "5"],
  ["six", "6"],
  ["seven", "7"],
  ["eight", "8"],
  ["nine", "9"],
  ["ten", "10"],
  ["eleven", "11"],
  ["twelve", "12"],
  ["fifteen", "15"],
  ["twenty", "20"],
  ["thirty", "30"],
  ["forty", "40"],
  ["fifty", "50"],
  ["sixty", "60"],
  ["seventy", "70"],
  ["eighty", "80"],
  ["ninety", "90"],
  ["hundred", "100"],
]);

const ENGLISH_QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["up to", "up_to"],
  ["a maximum of", "up_to"],
  ["at most", "up_to"],
  ["as much as", "as_much_as"],
  ["as high as", "as_much_as"],
  ["about", "about"],
  ["around", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["some", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["close to", "almost"],
  ["nearly", "almost"],
  ["almost", "almost"],
  ["more than", "more_than"],
  ["over", "more_than"],
  ["just over", "more_than"],
  ["in excess of", "more_than"],
  ["upwards of", "more_than"],
  ["at least", "at_least"],
  ["a minimum of", "at_least"],
  ["less than", "less_than"],
  ["under", "less_than"],
  ["just under", "less_than"],
];

const QUALIFIERS = [...QUALIFIER_PHRASES, ...ENGLISH_QUALIFIERS]
  .map(([phrase, qualifier]) => [phrase.split(" "), qualifier] as const)
  .sort((a, b) => b[0].length - a[0].length);

const PER_YEAR = [
  ["per", "jaar"],
  ["per", "year"],
  ["a", "year"],
  ["per", "annum"],
  ["annually"],
  ["jaarlijks"],
  ["each", "year"],
  ["per", "jaar."],
];

/** Words after which a scaled amount without a unit is still money ("tegenover 2,3 miljard een jaar eerder"). */
const MONEY_CONTINUATIONS = new Set([
  "aan",
  "in",
  "op",
  "voor",
  "van",
  "een",
  "en",
  "of",
  "per",
  "tegenover",
  "dan",
  "om",
  "bij",
  "uit",
  "naar",
  "the",
  "for",
  "to",
  "and",
  "from",
  "at",
  "a",
  "with",
  "by",
  "in",
  "on",
  "as",
  "this",
  "last",
  "over",
  "than",
  ",",
  ".",
  ";",
  ":",
  ")",
  "(",
  "-",
  "–",
]);

const isDigits = (t: Token | undefined) => t !== undefined && /^\d/.test(t.text);

/** Rewrites a numeral into the Dutch form (decimal comma, thousands dot) the parser reads. */
function dutchNumeral(raw: string, english: boolean): string {
  if (english) {
    if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return raw.replace(/,/g, "").replace(".", ",");
    if (/^\d+\.\d+$/.test(raw)) return raw.replace(".", ",");
    return raw;
  }
  // "1.3 miljard" in a Dutch text: a dot before fewer than three digits cannot group thousands.
  if (/^\d+\.\d{1,2}$/.test(raw)) return raw.replace(".", ",");
  return raw;
}

function numberWordValue(lower: string, lang: FindLanguage): string | null {
  const english = ENGLISH_NUMBER_WORDS.get(lower);
  if (english !== undefined) return english;
  if (lang === "en" && lower !== "een") return null;
  const dutch = parseNumberWord(lower);
  if (dutch === null) return null;
  const parsed = parseDutchAmount(lower);
  return parsed.ok ? parsed.amount.value.replace(".", ",") : null;
}

function adjacent(a: Token, b: Token | undefined, text: string, maxGap = 1): b is Token {
  if (b === undefined) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= maxGap && !gap.includes("\n");
}

function matchWords(tokens: Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, i) => tokens[at + i]?.lower === w);
}

interface Numeral {
  first: number;
  last: number;
  numeral: string;
  english: boolean;
  written: boolean;
}

function readNumeral(tokens: Token[], i: number, text: string, lang: FindLanguage): Numeral | null {
  const token = tokens[i];
  if (token === undefined) return null;
  if (isDigits(token)) {
    // "1 000 000" or a numeral glued to letters ("2025Q1") is not read.
    return { first: i, last: i, numeral: token.text, english: lang === "en", written: false };
  }
  const word = numberWordValue(token.lower, lang);
  if (word === null) return null;
  // "a hundred", "one hundred", "twee honderd": a multiplier before hundred.
  const next = tokens[i + 1];
  if (next && adjacent(token, next, text) && (next.lower === "hundred" || next.lower === "honderd")) {
    const value = String(Number(word) * 100);
    return { first: i, last: i + 1, numeral: value, english: false, written: true };
  }
  return { first: i, last: i, numeral: word, english: false, written: true };
}

export interface FindOptions {
  /** Currency carried over from earlier text for a scaled amount written without one. */
  carryCurrency?: FoundUnit | null;
}

/** Every amount in `text` with a unit or a scale word; bare numbers (years, counts) are left out. */
export function findAmounts(text: string, lang: FindLanguage, options: FindOptions = {}): FoundAmount[] {
  const tokens = tokenize(text);
  const found: FoundAmount[] = [];
  let carry: FoundUnit | null = options.carryCurrency ?? null;
  let i = 0;
  while (i < tokens.length) {
    const result = readAmountAt(tokens, i, text, lang, carry);
    if (result === null) {
      i += 1;
      continue;
    }
    found.push(result.amount);
    if (result.amount.unit !== null && CURRENCIES.has(result.amount.unit)) carry = result.amount.unit;
    i = result.next;
  }
  return found;
}

function readAmountAt(
  tokens: Token[],
  i: number,
  text: string,
  lang: FindLanguage,
  carry: FoundUnit | null,
): { amount: FoundAmount; next: number } | null {
  const first = tokens[i];
  if (first === undefined) return null;
  let prefixUnit: FoundUnit | null = null;
  let j = i;
  const prefix = PREFIX_CURRENCIES.get(first.lower);
  if (prefix !== undefined && (first.text === first.text.toUpperCase() || first.lower.length === 1)) {
    if (!adjacent(first, tokens[i + 1], text) || !isDigits(tokens[i + 1])) return null;
    prefixUnit = prefix;
    j = i + 1;
  }
  const numeral = readNumeral(tokens, j, text, lang);
  if (numeral === null) return null;
  let k = numeral.last + 1;
  let last = tokens[numeral.last]!;

  // Scale words: "16,5 miljard", "$19.4 billion", "$500m", "100 mld.".
  let scale: string | null = null;
  let englishScale = false;
  const next = tokens[k];
  if (next && adjacent(last, next, text, 0) && prefixUnit !== null && ATTACHED_SCALES.has(next.lower)) {
    scale = ATTACHED_SCALES.get(next.lower)!;
    englishScale = next.lower !== "mld" && next.lower !== "mln";
    last = next;
    k += 1;
  } else if (next && adjacent(last, next, text) && SCALES.has(next.lower)) {
    scale = SCALES.get(next.lower)!;
    englishScale = ENGLISH_SCALES.has(next.lower);
    last = next;
    k += 1;
  }
  if (
    scale !== null &&
    ABBREVIATED_SCALES.has(last.lower) &&
    tokens[k]?.text === "." &&
    adjacent(last, tokens[k], text, 0)
  ) {
    // The abbreviation's period belongs to it unless it ends the text.
    if (k + 1 < tokens.length) {
      last = tokens[k]!;
      k += 1;
    }
  }

  // Unit after the number: "dollar", "Amerikaanse dollar", "procent", "%", "aandelen", "GW".
  let suffixUnit: FoundUnit | null = null;
  let unitToken = tokens[k];
  if (unitToken && CURRENCY_ADJECTIVES.has(unitToken.lower) && adjacent(last, unitToken, text)) {
    const after = tokens[k + 1];
    const unit = after ? UNIT_WORDS.get(after.lower) : undefined;
    if (after && unit !== undefined && CURRENCIES.has(unit) && adjacent(unitToken, after, text)) {
      suffixUnit = unit;
      last = after;
      k += 2;
      unitToken = undefined;
    }
  }
  if (unitToken && suffixUnit === null && adjacent(last, unitToken, text, unitToken.text === "%" ? 1 : 1)) {
    const unit = UNIT_WORDS.get(unitToken.lower);
    // "GW" and "MW" are written in capitals; a lowercase "mw" is the Dutch "mevrouw".
    const caseOk = !["kw", "mw", "gw"].includes(unitToken.lower) || unitToken.text !== unitToken.lower;
    if (unit !== undefined && caseOk && !(prefixUnit !== null && !CURRENCIES.has(unit))) {
      suffixUnit = unit;
      last = unitToken;
      k += 1;
    }
  }

  let unit: FoundUnit | null = prefixUnit ?? suffixUnit;
  let unitInherited = false;
  if (unit === null) {
    if (scale === null) return null;
    // A written number with only a scale word ("een miljard gebruikers") is a count, not money.
    const following = tokens[k];
    const moneyLike = following === undefined || MONEY_CONTINUATIONS.has(following.lower);
    if (!moneyLike || carry === null) {
      if (numeral.written || !moneyLike) return null;
    } else {
      unit = carry;
      unitInherited = true;
    }
  }
  if (scale === null && unit !== null && !CURRENCIES.has(unit) && numeral.written && unit === "shares") return null;

  const english = numeral.english || englishScale;
  const phrase = `${dutchNumeral(numeral.numeral, english)}${scale === null ? "" : ` ${scale}`}`;
  const parsed = parseDutchAmount(phrase);
  if (!parsed.ok) return null;

  const startToken = tokens[i]!;
  const range = readRangeStart(tokens, i, text, lang, english, scale);
  const qualifierEnd = range?.first ?? i;
  const qualifier = readQualifier(tokens, qualifierEnd, text);
  const perYear = PER_YEAR.some((words) => matchWords(tokens, k, words));
  const start = range ? tokens[range.first]!.start : startToken.start;
  return {
    amount: {
      start,
      end: last.end,
      text: text.slice(start, last.end),
      value: range ? range.value : parsed.amount.value,
      high: range ? parsed.amount.value : null,
      unit,
      unitInherited,
      qualifier: range ? null : (qualifier?.qualifier ?? null),
      qualifierText: range ? null : (qualifier?.text ?? null),
      qualifierStart: range ? null : (qualifier?.start ?? null),
      perYear,
    },
    next: k,
  };
}

/** "35 tot 40 miljard", "$10-15 billion", "between 2 and 3 billion": the bare lower end before the amount. */
function readRangeStart(
  tokens: Token[],
  i: number,
  text: string,
  lang: FindLanguage,
  english: boolean,
  scale: string | null,
): { first: number; value: string } | null {
  const separator = tokens[i - 1];
  const low = tokens[i - 2];
  if (!separator || !low || !["tot", "-", "–", "to", "and", "en"].includes(separator.lower)) return null;
  if (!isDigits(low) && numberWordValue(low.lower, lang) === null) return null;
  if (!adjacent(low, separator, text) || !adjacent(separator, tokens[i], text)) return null;
  let first = i - 2;
  if (tokens[i - 3] && PREFIX_CURRENCIES.has(tokens[i - 3]!.lower) && adjacent(tokens[i - 3]!, low, text))
    first = i - 3;
  if (["and", "en"].includes(separator.lower) && !["between", "tussen"].includes(tokens[first - 1]?.lower ?? "")) {
    return null;
  }
  const numeral = isDigits(low) ? dutchNumeral(low.text, english) : numberWordValue(low.lower, lang)!;
  const parsed = parseDutchAmount(`${numeral}${scale === null ? "" : ` ${scale}`}`);
  return parsed.ok ? { first, value: parsed.amount.value } : null;
}

function readQualifier(
  tokens: Token[],
  before: number,
  text: string,
): { qualifier: Qualifier; text: string; start: number } | null {
  for (const [words, qualifier] of QUALIFIERS) {
    const at = before - words.length;
    if (at < 0 || !matchWords(tokens, at, words)) continue;
    const from = tokens[at]!;
    const to = tokens[before - 1]!;
    if (text.slice(from.start, tokens[before]!.start).includes("\n")) continue;
    return { qualifier, text: text.slice(from.start, to.end), start: from.start };
  }
  return null;
}

export function isCurrency(unit: FoundUnit | null): boolean {
  return unit !== null && CURRENCIES.has(unit);
}
