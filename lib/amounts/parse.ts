import {
  compareDecimals,
  decimalFromDigits,
  decimalToMinorUnits,
  formatDecimal,
  scaleByPowerOfTen,
  type ExactDecimal,
} from "./decimal";
import { isHalfWord, isOneWord, parseNumberWord } from "./number-words";

export type Qualifier = "up_to" | "about" | "more_than" | "less_than" | "almost" | "at_least" | "as_much_as";
export type AmountUnit = "USD" | "EUR" | "percent" | "shares" | "kW" | "MW" | "GW" | "t" | "months" | "years";

export interface ParsedAmount {
  value: string;
  high: string | null;
  unit: AmountUnit | null;
  qualifier: Qualifier | null;
}

export type ParseResult = { ok: true; amount: ParsedAmount } | { ok: false; reason: string };

/** Exact conversion of a canonical decimal string to integer minor units, e.g. ("114.29", 2) -> 11429n; throws if it has more decimals than `scale`. */
export function toMinorUnits(value: string, scale: number): bigint {
  return decimalToMinorUnits(value, scale);
}

// A curated amount is a short phrase; anything longer is a pasted sentence, and the cap
// also bounds the work done on hostile input.
const MAX_INPUT_LENGTH = 200;
const MAX_QUOTED_LENGTH = 80;

const SCALE_WORDS = new Map<string, number>([
  ["honderd", 2],
  ["duizend", 3],
  ["miljoen", 6],
  ["mln", 6],
  ["miljard", 9],
  ["mrd", 9],
  ["mld", 9],
  // Dutch "biljoen" is 10^12, an English trillion; "biljard" and "triljoen" follow the long scale.
  ["biljoen", 12],
  ["biljard", 15],
  ["triljoen", 18],
]);

// English-style scale words in a Dutch text are exactly where the 1000x error comes from
// ("billion" is a miljard, not a biljoen), so they are refused rather than guessed.
const AMBIGUOUS_SCALE_WORDS = new Set(["bln", "bn", "billion", "billions", "trillion", "trillions", "tn"]);

const UNIT_WORDS = new Map<string, AmountUnit>([
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["usd", "USD"],
  ["euro", "EUR"],
  ["euros", "EUR"],
  ["eur", "EUR"],
  ["procent", "percent"],
  ["percent", "percent"],
  ["pct", "percent"],
  ["aandelen", "shares"],
  ["aandeel", "shares"],
  ["kw", "kW"],
  ["kilowatt", "kW"],
  ["mw", "MW"],
  ["megawatt", "MW"],
  ["gw", "GW"],
  ["gigawatt", "GW"],
  ["ton", "t"],
  ["tonnen", "t"],
  ["maand", "months"],
  ["maanden", "months"],
  ["jaar", "years"],
  ["jaren", "years"],
]);

export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ["maximaal", "up_to"],
  ["hooguit", "up_to"],
  ["ten hoogste", "up_to"],
  ["tot", "up_to"],
  ["tot wel", "up_to"],
  ["tot maximaal", "up_to"],
  ["ongeveer", "about"],
  ["circa", "about"],
  ["ca", "about"],
  ["rond", "about"],
  ["rond de", "about"],
  ["rondom", "about"],
  ["zo'n", "about"],
  ["naar schatting", "about"],
  ["ruwweg", "about"],
  ["pakweg", "about"],
  ["grofweg", "about"],
  ["omstreeks", "about"],
  ["om en nabij", "about"],
  ["een slordige", "about"],
  ["ruim", "more_than"],
  ["meer dan", "more_than"],
  ["ruim meer dan", "more_than"],
  ["ruim boven", "more_than"],
  ["ruim boven de", "more_than"],
  ["boven", "more_than"],
  ["boven de", "more_than"],
  ["dik", "more_than"],
  ["een dikke", "more_than"],
  ["een ruime", "more_than"],
  ["bijna", "almost"],
  ["vrijwel", "almost"],
  ["nagenoeg", "almost"],
  ["een kleine", "almost"],
  ["minder dan", "less_than"],
  ["nog geen", "less_than"],
  ["minstens", "at_least"],
  ["ten minste", "at_least"],
  ["tenminste", "at_least"],
  ["minimaal", "at_least"],
  ["op zijn minst", "at_least"],
  ["maar liefst", "as_much_as"],
  ["met maar liefst", "as_much_as"],
  ["liefst", "as_much_as"],
];

const QUALIFIERS_LONGEST_FIRST = QUALIFIER_PHRASES.map(
  ([phrase, qualifier]) => [phrase.split(" "), qualifier] as const,
).sort((a, b) => b[0].length - a[0].length);

// Prepositions a curator tends to copy along with the amount ("voor maximaal $500 miljard").
const IGNORABLE_LEADING_WORDS = new Set(["voor", "met"]);

// Abbreviations that may carry a period ("ca. 5 mln. euro") without it ending the phrase.
const ABBREVIATIONS = new Set(["ca", "mln", "mrd", "mld", "pct"]);

type SymbolText = "$" | "€" | "%" | "-";
type Token = { kind: "num"; text: string } | { kind: "word"; text: string } | { kind: "sym"; text: SymbolText };

class AmountError extends Error {}

class Context {
  constructor(
    private readonly input: string,
    private readonly normalized: string,
  ) {}

  /** Throws `<headline> in "<input>": <detail>`, leaving out the input when `fragment` is all of it. */
  fail(headline: string, options: { fragment?: string; detail?: string } = {}): never {
    const where = options.fragment === this.normalized ? "" : ` in ${quote(this.input)}`;
    throw new AmountError(`${headline}${where}${options.detail === undefined ? "" : `: ${options.detail}`}`);
  }
}

function quote(text: string): string {
  const short = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
  return JSON.stringify(short);
}

const SYMBOL_PATTERN = /us\$|[$€%]|[-–—−]/y;
const NUMBER_PATTERN = /\d[\d.,]*/y;
const WORD_PATTERN = /[\p{L}'][\p{L}\p{M}']*/uy;

function toSymbol(text: string): SymbolText {
  if (text === "us$" || text === "$") return "$";
  if (text === "€" || text === "%") return text;
  return "-";
}

function lexChunk(chunk: string, context: Context): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < chunk.length) {
    SYMBOL_PATTERN.lastIndex = index;
    NUMBER_PATTERN.lastIndex = index;
    WORD_PATTERN.lastIndex = index;
    const symbol = SYMBOL_PATTERN.exec(chunk);
    if (symbol) {
      tokens.push({ kind: "sym", text: toSymbol(symbol[0]) });
      index += symbol[0].length;
      continue;
    }
    const number = NUMBER_PATTERN.exec(chunk);
    if (number) {
      if (tokens.at(-1)?.kind === "word") {
        context.fail(`malformed number ${quote(chunk)}`, { fragment: chunk });
      }
      tokens.push({ kind: "num", text: number[0] });
      index += number[0].length;
      continue;
    }
    const word = WORD_PATTERN.exec(chunk);
    if (word) {
      const text = word[0];
      tokens.push({ kind: "word", text });
      index += text.length;
      if (chunk[index] === "." && ABBREVIATIONS.has(text)) index += 1;
      continue;
    }
    const codePoint = chunk.codePointAt(index) ?? 0;
    return context.fail(`unexpected character ${quote(String.fromCodePoint(codePoint))}`);
  }
  return tokens;
}

function parseNumeral(raw: string, context: Context): ExactDecimal {
  const plain = /^(\d+)(?:,(\d+))?$/.exec(raw);
  if (plain) return decimalFromDigits(plain[1] ?? "", plain[2] ?? "");
  // A dot is only a thousands separator between groups of exactly three digits: "1.250.000,5".
  const grouped = /^([1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/.exec(raw);
  if (grouped) return decimalFromDigits((grouped[1] ?? "").replace(/\./g, ""), grouped[2] ?? "");

  if ((raw.match(/,/g) ?? []).length > 1) {
    context.fail(`malformed number ${quote(raw)}`, { fragment: raw, detail: "more than one decimal comma" });
  }
  if (/,.*\./.test(raw)) {
    context.fail(`ambiguous separators in ${quote(raw)}`, { fragment: raw, detail: "a dot after the decimal comma" });
  }
  if (/[.,]$/.test(raw)) {
    context.fail(`malformed number ${quote(raw)}`, { fragment: raw, detail: "it ends with a separator" });
  }
  return context.fail(`ambiguous separators in ${quote(raw)}`, {
    fragment: raw,
    detail:
      "Dutch amounts use a decimal comma, and a dot is only read as a thousands separator before exactly three digits",
  });
}

interface AmountEnd {
  value: ExactDecimal;
  scaleExponent: number | null;
  currency: AmountUnit | null;
}

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly context: Context,
  ) {}

  private fail(headline: string, detail?: string): never {
    return this.context.fail(headline, { detail });
  }

  private word(offset = 0): string | null {
    const token = this.tokens[this.pos + offset];
    return token?.kind === "word" ? token.text : null;
  }

  private sym(offset = 0): SymbolText | null {
    const token = this.tokens[this.pos + offset];
    return token?.kind === "sym" ? token.text : null;
  }

  private describeCurrent(): string {
    const token = this.tokens[this.pos];
    return token === undefined ? "the end" : quote(token.text);
  }

  private previousText(): string {
    const token = this.tokens[this.pos - 1];
    return token === undefined ? "the start" : quote(token.text);
  }

  private isNumberStart(offset = 0): boolean {
    const token = this.tokens[this.pos + offset];
    if (token === undefined) return false;
    if (token.kind === "num") return true;
    return token.kind === "word" && (parseNumberWord(token.text) !== null || isHalfWord(token.text));
  }

  parse(): ParsedAmount {
    let qualifier = this.matchQualifier();
    const first = this.word();
    if (qualifier === null && first !== null && IGNORABLE_LEADING_WORDS.has(first) && this.tokens.length > 1) {
      this.pos += 1;
      qualifier = this.matchQualifier();
    }
    return this.parseAfterQualifier(qualifier);
  }

  private matchQualifier(): Qualifier | null {
    for (const [words, qualifier] of QUALIFIERS_LONGEST_FIRST) {
      if (words.every((w, i) => this.word(i) === w)) {
        this.pos += words.length;
        return qualifier;
      }
    }
    return null;
  }

  private parseAfterQualifier(qualifier: Qualifier | null): ParsedAmount {
    const intro = this.word();
    const rangeIntro = intro === "tussen" || intro === "van" ? intro : null;
    if (rangeIntro !== null) this.pos += 1;

    const low = this.parseEnd();
    let high: AmountEnd | null = null;
    const separator = this.word() ?? this.sym();
    const separators = rangeIntro === "tussen" ? ["en", "-"] : rangeIntro === "van" ? ["tot", "-"] : ["tot", "-", "à"];
    if (separator !== null && separators.includes(separator)) {
      this.pos += 1;
      high = this.parseEnd();
    } else if (rangeIntro !== null) {
      this.fail(`"${rangeIntro}" must be followed by a range such as "${rangeIntro} 5 ${separators[0]} 10"`);
    }

    const suffixUnit = this.parseUnit();
    if (this.pos < this.tokens.length) {
      this.fail(`unexpected ${this.describeCurrent()} after the amount`);
    }

    const units = new Set([low.currency, high?.currency ?? null, suffixUnit].filter((u) => u !== null));
    if (units.size > 1) this.fail(`conflicting units ${[...units].map((u) => `"${u}"`).join(" and ")}`);
    const unit = [...units][0] ?? null;

    // The scale word of a range is usually written once, on the upper end: "35 tot 40 miljard".
    const lowExponent = low.scaleExponent ?? high?.scaleExponent ?? 0;
    const lowValue = scaleByPowerOfTen(low.value, lowExponent);
    let highValue: ExactDecimal | null = null;
    if (high !== null) {
      highValue = scaleByPowerOfTen(high.value, high.scaleExponent ?? 0);
      if (compareDecimals(highValue, lowValue) <= 0) {
        this.fail(
          `not a range: the upper bound ${formatDecimal(highValue)} is not above the lower bound ${formatDecimal(lowValue)}`,
        );
      }
    }

    return {
      value: formatDecimal(lowValue),
      high: highValue === null ? null : formatDecimal(highValue),
      unit,
      qualifier,
    };
  }

  private parseEnd(): AmountEnd {
    let currency: AmountUnit | null = null;
    const prefix = this.sym();
    if (prefix === "$" || prefix === "€") {
      currency = prefix === "$" ? "USD" : "EUR";
      this.pos += 1;
    }
    if (this.sym() === "-" && this.isNumberStart(1)) {
      this.fail("negative amounts are not supported");
    }

    const value = this.parseNumber();

    let scaleExponent: number | null = null;
    let previousScale = -1;
    for (let word = this.word(); word !== null; word = this.word()) {
      if (AMBIGUOUS_SCALE_WORDS.has(word)) this.ambiguousScale(word);
      const exponent = SCALE_WORDS.get(word);
      if (exponent === undefined) break;
      if (exponent <= previousScale) {
        this.fail(`misplaced scale word ${quote(word)}`, "it cannot follow a scale word of the same or a larger size");
      }
      previousScale = exponent;
      scaleExponent = (scaleExponent ?? 0) + exponent;
      this.pos += 1;
    }
    return { value, scaleExponent, currency };
  }

  private parseNumber(): ExactDecimal {
    const token = this.tokens[this.pos];
    if (token?.kind === "num") {
      this.pos += 1;
      return parseNumeral(token.text, this.context);
    }
    if (token?.kind === "word") {
      const next = this.word(1);
      if (isOneWord(token.text) && next !== null && isHalfWord(next)) {
        this.pos += 2;
        return { units: 5n, scale: 1 };
      }
      const value = parseNumberWord(token.text);
      if (value !== null) {
        this.pos += 1;
        return value;
      }
      if (SCALE_WORDS.has(token.text)) {
        this.fail(`scale word ${quote(token.text)} without a number before it`);
      }
    }
    if (token === undefined) this.fail(`expected a number after ${this.previousText()}`);
    if (this.pos === 0) this.fail(`unexpected ${quote(token.text)} before the number`);
    return this.fail(`expected a number after ${this.previousText()} but found ${quote(token.text)}`);
  }

  private parseUnit(): AmountUnit | null {
    const token = this.tokens[this.pos];
    if (token === undefined) return null;
    if (token.kind === "sym") {
      if (token.text === "-") return null;
      this.pos += 1;
      return token.text === "%" ? "percent" : token.text === "$" ? "USD" : "EUR";
    }
    if (token.kind === "num" || this.isNumberStart()) {
      this.fail(`more than one number: unexpected ${quote(token.text)} after ${this.previousText()}`);
    }
    const word = token.text;
    if (word === "amerikaanse" && (this.word(1) === "dollar" || this.word(1) === "dollars")) {
      this.pos += 2;
      return "USD";
    }
    const unit = UNIT_WORDS.get(word);
    if (unit !== undefined) {
      this.pos += 1;
      return unit;
    }
    if (AMBIGUOUS_SCALE_WORDS.has(word)) this.ambiguousScale(word);
    if (word === "en" || word === "of" || word === "plus") {
      this.fail(`more than one amount: unexpected ${quote(word)}`);
    }
    return this.fail(`unknown unit ${quote(word)}`);
  }

  private ambiguousScale(word: string): never {
    return this.fail(`ambiguous scale word ${quote(word)}`, 'write "miljard" (10^9) or "biljoen" (10^12)');
  }
}

function tokenize(text: string, context: Context): Token[] {
  return text
    .split(/\s+/)
    .filter((chunk) => chunk.length > 0)
    .flatMap((chunk) => lexChunk(chunk, context));
}

function parseOrThrow(input: string): ParsedAmount {
  const trimmed = input.trim();
  if (trimmed.length === 0) {
    throw new AmountError('empty input: expected one amount such as "16,5 miljard dollar"');
  }
  if (trimmed.length > MAX_INPUT_LENGTH) {
    throw new AmountError(
      `input of ${trimmed.length} characters is too long to be one amount (at most ${MAX_INPUT_LENGTH})`,
    );
  }
  const normalized = trimmed
    .normalize("NFC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // A trailing sentence mark copied along with the phrase; not after a digit, where it could be a separator.
    .replace(/(?<=[^\d\s])[.,;:!?]+$/u, "");
  const context = new Context(trimmed, normalized);
  const tokens = tokenize(normalized, context);

  const hasNumber = tokens.some((t) => t.kind === "num" || (t.kind === "word" && parseNumberWord(t.text) !== null));
  if (!hasNumber) context.fail("no number found");

  const changeWord = tokens.findIndex(
    (t, i) => t.kind === "word" && t.text === "naar" && tokens[i + 1]?.text !== "schatting",
  );
  if (changeWord >= 0) {
    context.fail("not one amount but a change from one amount to another", { detail: '"van ... naar ..."' });
  }

  return new Parser(tokens, context).parse();
}

/**
 * Parses one Dutch-written amount ("16,5 miljard dollar", "ruim zeven procent",
 * "35 tot 40 miljard dollar") into exact decimal strings. Never throws.
 */
export function parseDutchAmount(input: string): ParseResult {
  if (typeof input !== "string") return { ok: false, reason: "input is not a string" };
  try {
    return { ok: true, amount: parseOrThrow(input) };
  } catch (error) {
    if (error instanceof AmountError) return { ok: false, reason: error.message };
    return { ok: false, reason: `could not parse ${quote(input.trim())} as an amount` };
  }
}
