import { findAmounts, isCurrency, type FoundAmount, type FoundUnit } from "@/lib/amounts/find";
import { findCompanies, type CompanyIndex } from "./companies";
import { findDates } from "./dates";
import { findMatchingDeal } from "./duplicates";
import { findParties, refersToDeal } from "./parties";
import { findUnvaluedDeals } from "./unvalued";
import { assignRoles, dealTitle, dealTypeOf, type DealType } from "./roles";
import { splitSentences, type Sentence } from "./sentences";
import type {
  CandidateDeal,
  CandidateEvidence,
  CandidateFigure,
  ExtractArticle,
  ExtractOptions,
  KnownData,
} from "./types";
import { mentionsDeal, readAmount, type ValueKind } from "./value-kind";

interface DraftDeal {
  type: DealType;
  /** The type was read from the deal's own sentence, not borrowed from its neighbours. */
  ownType: boolean;
  /** The sentence says this is another deal ("Eerder ...", "also", "Separately ..."). */
  another: boolean;
  /** The deal's own sentence names none of its parties and refers back ("The financing consists of ..."). */
  borrowedParties: boolean;
  sentence: number;
  amount: FoundAmount;
  valueKind: ValueKind;
  partyKeys: string[];
  contextSentences: number[];
  subject: string | null;
  evidence: CandidateEvidence[];
}

const evidenceOf = (s: Sentence): CandidateEvidence => ({ quote: s.text, start: s.start, end: s.end });

function figureUnit(amount: FoundAmount): string {
  return amount.unit ?? "number";
}

/**
 * The type of the deal in sentence `i`: from its own words, else from the sentences around it
 * (`own` false), else a supply deal. Supply words count only in the deal's own sentence.
 */
function typeAround(sentences: readonly Sentence[], i: number): { type: DealType; own: boolean } {
  const own = dealTypeOf(sentences[i]!.text, false);
  if (own) return { type: own, own: true };
  if (dealTypeOf(sentences[i]!.text) === "supply") return { type: "supply", own: true };
  for (const d of [-1, -2, 1, -3, 2]) {
    const s = sentences[i + d];
    if (s && Math.abs(s.paragraph - sentences[i]!.paragraph) <= 1) {
      const type = dealTypeOf(s.text, false);
      if (type) return { type, own: false };
    }
  }
  return { type: "supply", own: false };
}

/**
 * Sentences whose verbs may tell the parties' roles: where they were found, then the others that
 * name one of them and speak of the same kind of deal ("een belang in OpenAI" for an investment).
 */
function roleContext(
  sentences: readonly Sentence[],
  index: CompanyIndex,
  partySentences: number[],
  keys: readonly string[],
  type: DealType,
): number[] {
  const rest = [...new Set(index.mentions.filter((m) => keys.includes(m.key)).map((m) => m.sentence))].filter(
    (i) => !partySentences.includes(i) && dealTypeOf(sentences[i]!.text) === type,
  );
  return [...partySentences, ...rest];
}

function announcedOn(sentences: readonly Sentence[], i: number, options: ExtractOptions): string | null {
  const sentence = sentences[i]!;
  for (const d of [0, 1, -1]) {
    const s = sentences[i + d];
    if (!s || s.paragraph !== sentence.paragraph) continue;
    const [first] = findDates(s.text, options.lang, options.published);
    if (first) return first.value;
  }
  return null;
}

const ANOTHER_DEAL =
  /(?<![\p{L}])(?:eerder|earlier|previously|also|ook|daarnaast|separately|bovendien|in addition|daarvoor|meanwhile|intussen|vorig jaar|last year)(?![\p{L}])/iu;

/** A later amount for the same transaction (a sub-total, an option, a repeat) joins the first deal. */
function mergeInto(drafts: DraftDeal[], draft: DraftDeal): DraftDeal | null {
  for (const earlier of drafts) {
    const sameAmount = earlier.amount.value === draft.amount.value && earlier.amount.unit === draft.amount.unit;
    const subset =
      !draft.another &&
      (earlier.type === draft.type || !draft.ownType || draft.borrowedParties) &&
      draft.partyKeys.length > 0 &&
      draft.partyKeys.every((k) => earlier.partyKeys.includes(k));
    if (sameAmount || subset) {
      for (const e of draft.evidence) if (!earlier.evidence.some((x) => x.start === e.start)) earlier.evidence.push(e);
      for (const k of draft.partyKeys) if (sameAmount && !earlier.partyKeys.includes(k)) earlier.partyKeys.push(k);
      return earlier;
    }
  }
  return null;
}

export const extractArticle: ExtractArticle = (text: string, options: ExtractOptions, known: KnownData) => {
  const sentences = splitSentences(text, options.lang);
  const index = findCompanies(sentences, known);
  const drafts: DraftDeal[] = [];
  const figures: CandidateFigure[] = [];
  let carry: FoundUnit | null = null;

  const amountsBySentence = sentences.map((sentence) => {
    const found = findAmounts(sentence.text, options.lang, { carryCurrency: carry });
    for (const a of found) if (isCurrency(a.unit)) carry = a.unit;
    return found;
  });
  const lastDealSentence = () => drafts.at(-1)?.sentence ?? -Infinity;

  for (const sentence of sentences) {
    const amounts = amountsBySentence[sentence.index]!;
    const before = sentences[sentence.index - 1];
    const context = {
      dealJustBefore: sentence.index - lastDealSentence() <= 2,
      dealWithoutValueBefore:
        before !== undefined &&
        before.paragraph === sentence.paragraph &&
        mentionsDeal(before.text) &&
        !amountsBySentence[before.index]!.some((a) => isCurrency(a.unit)),
    };
    let previous: FoundAmount | null = null;
    for (const amount of amounts) {
      const reading = readAmount(sentence.text, amount, previous, context);
      previous = amount;
      if (reading.role === "none") continue;
      if (reading.role === "figure") {
        figures.push({ amount: amount.value, unit: figureUnit(amount), ...evidenceOf(sentence) });
        continue;
      }
      const { type, own } = typeAround(sentences, sentence.index);
      const search = findParties(sentences, index, sentence.index, type === "issue" ? 1 : 2, type === "investment");
      const keys = search.keys;
      const draft: DraftDeal = {
        type,
        ownType: own,
        borrowedParties: search.ownCount === 0 && refersToDeal(sentence.text),
        another: ANOTHER_DEAL.test(sentence.text),
        sentence: sentence.index,
        amount,
        valueKind: reading.valueKind,
        partyKeys: keys,
        contextSentences: search.sentences,
        subject: search.anaphor,
        evidence: [evidenceOf(sentence)],
      };
      const into = mergeInto(drafts, draft);
      if (into === null) drafts.push(draft);
      // A second amount of the same deal (a sub-total, an option) stays visible as a figure.
      else if (into.amount.value !== amount.value || into.amount.unit !== amount.unit) {
        figures.push({ amount: amount.value, unit: figureUnit(amount), ...evidenceOf(sentence) });
      }
    }
  }

  const providers = new Set(index.mentions.filter((m) => m.describedAsProvider).map((m) => m.key));
  const mentionsIn = (context: readonly number[]) => context.flatMap((i) => index.bySentence.get(i) ?? []);
  const deals: CandidateDeal[] = drafts.map((draft) => {
    const context = roleContext(sentences, index, draft.contextSentences, draft.partyKeys, draft.type);
    const roles = assignRoles(
      draft.type,
      draft.partyKeys,
      sentences,
      context,
      mentionsIn(context),
      draft.subject,
      providers,
    );
    const parties = draft.partyKeys.map((key) => {
      const company = index.byKey.get(key)!;
      return { name: company.name, slug: company.slug, role: roles.get(key) ?? null };
    });
    const currency = draft.amount.unit;
    const amount = draft.amount.high ?? draft.amount.value;
    return {
      title: dealTitle(parties, draft.type),
      parties,
      amount,
      currency,
      valueKind: draft.valueKind,
      announcedOn: announcedOn(sentences, draft.sentence, options),
      matches: findMatchingDeal(
        parties.map((p) => p.slug),
        amount,
        currency,
        known,
      ),
      evidence: draft.evidence,
    };
  });

  // Agreements without a value, unless a valued deal already has the same companies.
  const valued = new Set(drafts.map((d) => d.sentence));
  const sameCompanies = (a: readonly string[], b: readonly string[]) => a.every((k) => b.includes(k));
  for (const u of findUnvaluedDeals(sentences, index, valued)) {
    if (drafts.some((d) => sameCompanies(u.keys, d.partyKeys))) continue;
    const roles = assignRoles(u.type, u.keys, sentences, [u.sentence], mentionsIn([u.sentence]), null, providers);
    const parties = u.keys.map((key) => {
      const company = index.byKey.get(key)!;
      return { name: company.name, slug: company.slug, role: roles.get(key) ?? null };
    });
    deals.push({
      title: dealTitle(parties, u.type),
      parties,
      amount: null,
      currency: null,
      valueKind: null,
      announcedOn: announcedOn(sentences, u.sentence, options),
      matches: null,
      evidence: [evidenceOf(sentences[u.sentence]!)],
    });
  }

  return {
    deals,
    figures,
    companies: index.companies.map(({ name, slug }) => ({ name, slug })),
  };
};
