import type { CompanyIndex, CompanyMention } from "./companies";
import type { Sentence } from "./sentences";

/** How far back a deal without a company in its own sentence looks for its parties. */
const LOOK_BACK = 3;

function actorsIn(index: CompanyIndex, sentence: number): CompanyMention[] {
  const seen = new Set<string>();
  return (index.bySentence.get(sentence) ?? []).filter((m) => {
    if (m.asProduct || m.asSource || seen.has(m.key)) return false;
    seen.add(m.key);
    return true;
  });
}

// "het bedrijf", "the company", "de chipmaker": a company named earlier is the subject here.
const ANAPHOR =
  /(?<![\p{L}])(?:het|de|the|this|dit|deze)\s+(?:[\p{L}-]+\s+)?(?:bedrijf|concern|startup|start-up|onderneming|chipmaker|chipbedrijf|techbedrijf|softwarebedrijf|chipontwerper|fabrikant|company|firm|chipmaker|group|maker|startup|lab)(?![\p{L}])/giu;

const DEAL_SUBJECT =
  /^(?:de|het|the|this|deze|dit)\s+(?:[\p{L}-]+\s+)?(?:deal|transactie|overeenkomst|agreement|transaction|contract|financing|financiering|funding|round|ronde)\b/iu;

/** "De deal omvat ...", "The financing consists of ...": the sentence speaks of a deal named before. */
export function refersToDeal(text: string): boolean {
  return DEAL_SUBJECT.test(text);
}

const INVESTORS_NAMED =
  /(?<![\p{L}])(?:investeerders?|investors?|geleid door|onder leiding van|led by|co-led|participated|doen mee|deden mee|nemen deel|namen deel|backed by)(?![\p{L}])/iu;

export interface PartySearch {
  /** Company keys in the order they are named, nearest sentence first. */
  keys: string[];
  /** The sentences the parties were taken from (the amount's sentence first). */
  sentences: number[];
  /** The company "het bedrijf" / "the company" in the amount's sentence refers to, if any. */
  anaphor: string | null;
  /** How many of the parties the amount's own sentence names. */
  ownCount: number;
}

/** "het bedrijf" standing alone; "de start-up Mistral" names its company itself. */
function hasAnaphor(text: string): boolean {
  return [...text.matchAll(ANAPHOR)].some((m) => !/^\s+\p{Lu}/u.test(text.slice(m.index + m[0].length)));
}

/** The first company named in the nearest sentence before `sentence` that names one. */
function referent(index: CompanyIndex, sentence: number): string | null {
  for (let i = sentence - 1; i >= 0 && i >= sentence - LOOK_BACK; i--) {
    const [first] = actorsIn(index, i);
    if (first) return first.key;
  }
  return null;
}

/**
 * The companies that take part in the deal stated in `sentence`: those named in it, and where it
 * names fewer than `wanted`, those of the sentences just before it ("Het bedrijf ...", "The
 * company ..." refer back) and then the one after it, within the same paragraph or the one before.
 */
export function findParties(
  sentences: readonly Sentence[],
  index: CompanyIndex,
  sentence: number,
  wanted: number,
  investment = false,
): PartySearch {
  const keys: string[] = [];
  const used: number[] = [];
  const add = (i: number) => {
    const before = keys.length;
    for (const m of actorsIn(index, i)) if (!keys.includes(m.key)) keys.push(m.key);
    if (keys.length > before || i === sentence) used.push(i);
  };
  add(sentence);
  const ownCount = keys.length;
  // "De deal waardeert Altera op ...": the sentence before named the deal and its parties.
  const previous = sentences[sentence - 1];
  if (DEAL_SUBJECT.test(sentences[sentence]?.text ?? "") && previous?.paragraph === sentences[sentence]?.paragraph) {
    add(sentence - 1);
  }
  const anaphor = hasAnaphor(sentences[sentence]?.text ?? "") ? referent(index, sentence) : null;
  if (anaphor !== null && !keys.includes(anaphor)) keys.unshift(anaphor);
  const paragraph = sentences[sentence]?.paragraph ?? 0;
  for (let i = sentence - 1; i >= 0 && i >= sentence - LOOK_BACK && keys.length < wanted; i--) {
    if ((sentences[i]?.paragraph ?? 0) < paragraph - 1) break;
    add(i);
  }
  const next = sentences[sentence + 1];
  if (keys.length < wanted && next && next.paragraph === paragraph) add(sentence + 1);
  // A round's investors are often named in the sentences after it: "De ronde wordt geleid door ...".
  if (investment) {
    for (const i of [sentence + 1, sentence + 2]) {
      const s = sentences[i];
      if (s && s.paragraph === paragraph && INVESTORS_NAMED.test(s.text)) add(i);
    }
  }
  return { keys, sentences: used, anaphor, ownCount };
}
