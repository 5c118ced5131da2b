import {
  COMMON_CAPITALISED,
  COMPANY_CONTEXT,
  FUNCTION_WORDS,
  INSTITUTIONS,
  LEGAL_SUFFIXES,
  MEDIA_OUTLETS,
  NATIONALITIES,
  PERSON_TITLES,
  PLACES,
  PRODUCTS,
  SPEECH_VERBS,
} from "./data/names";
import { FIRST_NAMES } from "./data/first-names";
import { nameSpans, type NameSpan, type NameToken } from "./name-spans";
import type { Sentence } from "./sentences";
import type { CandidateCompany, KnownData } from "./types";

/** One place a company is named: absolute offsets in the body. */
export interface CompanyMention {
  /** The known company's slug, or "new:<lowercase name>" for a proposed one. */
  key: string;
  start: number;
  end: number;
  sentence: number;
  /** Named as a brand of goods ("Nvidia graphics chips", "Nvidia-hardware"), not as an actor. */
  asProduct: boolean;
  /** Named as a source ("volgens KeyBanc", "according to Citi"). */
  asSource: boolean;
  /** Introduced as a provider of computing or chips ("datacenterbedrijf CoreWeave"). */
  describedAsProvider: boolean;
}

export interface CompanyIndex {
  companies: (CandidateCompany & { key: string })[];
  mentions: CompanyMention[];
  byKey: Map<string, CandidateCompany>;
  /** The mentions of each sentence, in order. */
  bySentence: Map<number, CompanyMention[]>;
}

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const MEDIA = lowerSet(MEDIA_OUTLETS);
const NOT_A_NAME = lowerSet(
  [...PLACES, ...NATIONALITIES, ...INSTITUTIONS, ...PRODUCTS, ...COMMON_CAPITALISED].flatMap((w) => [
    w,
    w.replace(/\.$/, ""),
  ]),
);
const FUNCTION = new Set(FUNCTION_WORDS);
const TITLES = lowerSet(PERSON_TITLES);
const SPEECH = lowerSet(SPEECH_VERBS);
const CONTEXT = lowerSet(COMPANY_CONTEXT);
const SUFFIXES = new Set(LEGAL_SUFFIXES);
const FIRST = new Set(FIRST_NAMES);
const LEADING_NOISE = lowerSet([...NATIONALITIES, ...COMMON_CAPITALISED, ...PERSON_TITLES]);

const MEDIA_CONTEXT =
  /(?:persbureau|nieuwsbureau|krant|zakenkrant|dagblad|nieuwssite|techsite|website|newspaper|news agency|outlet|publication|magazine|blog|nieuwsdienst|tijdschrift|zender|broadcaster)\s*$/iu;
const PRODUCT_CONTEXT =
  /(?:genaamd|genoemd|heet|called|named|dubbed|model|chip|chips|platform|assistent|assistant|chatbot|dienst|service)\s*$/iu;
const SOURCE_CONTEXT =
  /(?:volgens(?: ramingen van| analisten van| cijfers van| onderzoek van)?|according to(?: analysts at| data from)?|analysts at|analisten van|ramingen van|data from|cijfers van|onderzoeksbureau|research firm|analyst firm)\s*$/iu;
const FOUNDED_BY = /(?:founded|co-founded|opgericht|gestart)\s+(?:in\s+\d{4}\s+)?(?:by|door)\s+$/iu;
const FUNDING_SERIES = /^(?:Series|Serie|Round|Ronde)\s+[A-Z]\d?$/u;
/** "MI450", "H100", "GB200": model numbers name products. */
const MODEL_NUMBER = /^\p{Lu}{1,4}\d{2,}\p{Lu}?$/u;
const PRODUCTS_LOWER = lowerSet(PRODUCTS);
const PLACES_LOWER = lowerSet(PLACES);
/** "Raghib Hussain wordt de nieuwe ceo", "Lisa Su, CEO of AMD": a person introduced by a title after the name. */
const TITLE_AFTER =
  /^\s*(?:,\s*|\(\s*)?(?:(?:wordt|is|was|becomes|will become|blijft|werd)\s+)?(?:(?:de|het|een|the|a|an|its|zijn|haar)\s+)?(?:(?:nieuwe|new|huidige|current|former|voormalig|voormalige|interim)\s+)?(?:ceo|cfo|cto|topman|topvrouw|directeur|president|chief|oprichter|medeoprichter|founder|co-founder|chairman|chairwoman|voorzitter|bestuursvoorzitter|minister|analist|analyst)\b/iu;
const NOT_A_COMPANY_TAIL =
  /^(?:project|projecten|programma|initiatief|platform|model|modellen|chip|chips|processor|processors|processoren|software|dienst|app|assistent|chatbot|fabriek|campus|datacenter|supercomputer|cluster)$/iu;
const PROVIDER_BEFORE =
  /(?:datacenterbedrijf|datacenterexploitant|datacenteroperator|cloudprovider|cloudbedrijf|cloudaanbieder|neocloud|leverancier|provider|supplier|chipmaker|chipfabrikant|chipontwerper|foundry|chip designer|cloud company|data center operator)\s+$/iu;
const PRODUCT_AFTER =
  /^(?:-|\s)(?:chips?|graphics|gpus?|processors?|hardware|accelerators?|servers?|systemen|systems|technologie|technology|processoren|kaarten|cards|software)\b/iu;
const DEAL_VERB_AFTER =
  /^\s(?:investeert|investeerde|koopt|kocht|neemt|nam|levert|leverde|sluit|sloot|tekent|tekende|haalt|haalde|fuseert|leent|plaatste|maakte|kondigde|meldde|meldt|bevestigde|bouwt|wil|gaat|zal|heeft|invests|invested|acquires|acquired|buys|bought|supplies|signs|signed|raises|raised|announced|said|says|agreed|plans|will|has|is|was|werd|wordt|reported|reports|posted|expects|unveiled|launched|shares|stock|rapporteerde|boekte|presenteerde|lanceert|lanceerde)\b/iu;

function wordsBefore(sentence: string, at: number, n: number): string {
  return sentence.slice(0, at).trimEnd().split(/\s+/).slice(-n).join(" ");
}

const INVESTMENT_ARMS = new Set(["Capital", "Ventures", "Catalyst", "Fund", "Fonds", "Investments", "Foundation"]);
const ONE_LETTER_CONTEXT =
  "platform|platforms|netwerk|network|bedrijf|company|dienst|service|app|sociale medium|dochter";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Known companies by their names and aliases, longest first so "Google-moeder Alphabet" wins over "Alphabet". */
function knownPatterns(known: KnownData): { slug: string; name: string; pattern: RegExp; length: number }[] {
  const rows: { slug: string; name: string; pattern: RegExp; length: number }[] = [];
  for (const company of known.companies) {
    for (const form of new Set([company.name, ...company.aliases])) {
      const body = escapeRegex(form.trim()).replace(/\s+/g, "\\s+");
      // A one-letter alias ("X") counts only where a noun names it as a company: "platform X".
      const lead = form.trim().length < 2 ? `(?<=(?:${ONE_LETTER_CONTEXT})\\s)` : "(?<![\\p{L}\\p{N}])";
      rows.push({
        slug: company.slug,
        name: company.name,
        pattern: new RegExp(`${lead}${body}(?![\\p{L}\\p{N}])`, "gu"),
        length: form.length,
      });
    }
  }
  return rows.sort((a, b) => b.length - a.length);
}

interface Proposal {
  name: string;
  sentence: Sentence;
  span: NameSpan;
  tokens: NameToken[];
  start: number;
  end: number;
  evidence: number;
  initial: boolean;
}

/** Finds the known companies and proposes new ones for the capitalised names that look like companies. */
export function findCompanies(sentences: readonly Sentence[], known: KnownData): CompanyIndex {
  const patterns = knownPatterns(known);
  const mentions: CompanyMention[] = [];
  const proposals: Proposal[] = [];
  const persons = new Set<string>();

  for (const sentence of sentences) {
    const claimed: [number, number][] = [];
    for (const { slug, name, pattern } of patterns) {
      for (const m of sentence.text.matchAll(pattern)) {
        // An alias that spells out the name ("Google-moeder Alphabet") claims only the name, so
        // the other company it mentions is still found.
        const inner = m[0].indexOf(name);
        const start = inner > 0 ? m.index + inner : m.index;
        let end = inner > 0 ? start + name.length : m.index + m[0].length;
        // "Samsung Catalyst", "Intel Capital": a fund of the company's own is a company of its own.
        const next = /^ (\p{Lu}[\p{L}]*)/u.exec(sentence.text.slice(end));
        if (next && INVESTMENT_ARMS.has(next[1]!)) continue;
        // "Meta Platforms", "Nvidia Corp.": the formal name of the same company.
        if (next && SUFFIXES.has(next[1]!))
          end +=
            next[0].length +
            (sentence.text[end + next[0].length] === "." && /^(?:Inc|Corp|Co|Ltd)$/.test(next[1]!) ? 1 : 0);
        if (claimed.some(([s, e]) => start < e && end > s)) continue;
        claimed.push([start, end]);
        mentions.push(mentionAt(sentence, slug, start, end));
      }
    }
    for (const span of nameSpans(sentence.text, claimed)) {
      const proposal = classifySpan(sentence, span, persons);
      if (proposal) proposals.push(proposal);
    }
  }

  return groupProposals(proposals, mentions, known, persons);
}

function mentionAt(sentence: Sentence, key: string, start: number, end: number): CompanyMention {
  const before = sentence.text.slice(0, start);
  return {
    key,
    start: sentence.start + start,
    end: sentence.start + end,
    sentence: sentence.index,
    asProduct: PRODUCT_AFTER.test(sentence.text.slice(end)),
    asSource: SOURCE_CONTEXT.test(before),
    describedAsProvider: PROVIDER_BEFORE.test(before),
  };
}

function classifySpan(sentence: Sentence, span: NameSpan, persons: Set<string>): Proposal | null {
  if (MEDIA.has(span.text.toLowerCase())) return null;
  const tokens = [...span.tokens];
  let titled = false;
  let contextWord = false;
  // Leading words that are not part of a name: "De", "Franse", "CEO".
  while (tokens.length > 0) {
    const word = tokens[0]!.text;
    const lower = word.toLowerCase();
    if (FUNCTION.has(word) && (span.initial || tokens.length > 1)) tokens.shift();
    else if (CONTEXT.has(lower) && tokens.length > 1) {
      contextWord = true;
      tokens.shift();
    } else if (LEADING_NOISE.has(lower) && tokens.length > 1) {
      if (TITLES.has(lower)) titled = true;
      tokens.shift();
    } else break;
  }
  if (tokens.length === 0) return null;
  const first = tokens[0]!;
  const last = tokens.at(-1)!;
  const name = sentence.text.slice(first.start, last.end).replace(/['’]s$/, "");
  const lower = name.toLowerCase();
  const initial = span.initial && first === span.tokens[0];
  const before = sentence.text.slice(0, first.start);
  const prefix = wordsBefore(sentence.text, first.start, 3).toLowerCase();

  const whole = sentence.text.slice(span.start, last.end).toLowerCase();
  if (span.tokens.some((t) => MEDIA.has(sentence.text.slice(t.start, last.end).toLowerCase()))) return null;
  if (MEDIA.has(lower) || MEDIA.has(whole) || MEDIA.has(lower.replace(/^the /, "")) || MEDIA_CONTEXT.test(before))
    return null;
  if (
    FUNDING_SERIES.test(name) ||
    tokens.some((t) => MODEL_NUMBER.test(t.text) || PRODUCTS_LOWER.has(t.text.toLowerCase()))
  )
    return null;
  if (last.hyphenLower && NOT_A_COMPANY_TAIL.test(last.tail)) return null;
  if (
    tokens.length > 1 &&
    /^(?:Act|Wet|Law|Directive|Regulation|Richtlijn|Verordening|Agreement|Treaty)$/u.test(last.text)
  )
    return null;
  if (NOT_A_NAME.has(lower) || FUNCTION.has(name) || tokens.every((t) => NOT_A_NAME.has(t.text.toLowerCase())))
    return null;
  if (/\d/.test(name) && !/\p{L}{3}/u.test(name)) return null;
  // A lone capital ("Model S en X") is too short to tell a name from a letter.
  if (name.length < 2) return null;
  if (PRODUCT_CONTEXT.test(before)) return null;
  // "its Hyperion data center", "zijn Metis-chip": a name owned by a company is a project or product.
  if (
    /(?:^|\s)(?:its|their|his|her|zijn|haar|hun)\s+$/iu.test(before) &&
    /^\s\p{Ll}/u.test(sentence.text.slice(last.end))
  )
    return null;
  // "Childress, Texas": a town named with its state or country.
  const placeAfter = /^,\s*(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?)/u.exec(sentence.text.slice(last.end));
  if (tokens.length <= 2 && placeAfter && PLACES_LOWER.has(placeAfter[1]!.toLowerCase())) return null;
  // "het Amsterdamse bedrijf": an adjective made from a place.
  if (
    tokens.length === 1 &&
    /^\p{Lu}\p{Ll}+(?:se|sche)$/u.test(name) &&
    /^\s\p{Ll}/u.test(sentence.text.slice(last.end))
  )
    return null;

  // People: after a title ("topman Arthur Mensch", "CNBC's Ari Levy"), a common first name, or a
  // surname already seen as a person ("zegt Mensch").
  const lastWordBefore = prefix.split(" ").at(-1) ?? "";
  const twoWordsBefore = prefix.split(" ").slice(-2).join(" ");
  const possessor = lastWordBefore.replace(/['’]s$/, "");
  const afterTitle =
    titled ||
    TITLES.has(lastWordBefore) ||
    TITLES.has(twoWordsBefore) ||
    (possessor !== lastWordBefore && MEDIA.has(possessor)) ||
    FOUNDED_BY.test(before) ||
    (tokens.length >= 2 && TITLE_AFTER.test(sentence.text.slice(last.end)));
  const firstName = tokens.length >= 2 && tokens.length <= 3 && FIRST.has(first.text);
  if ((afterTitle || firstName) && tokens.length <= 3 && !SUFFIXES.has(last.text)) {
    persons.add(lower);
    for (const t of tokens) persons.add(t.text.toLowerCase());
    return null;
  }
  if (tokens.length === 1 && (persons.has(lower) || (SPEECH.has(lastWordBefore) && !CONTEXT.has(lastWordBefore)))) {
    if (SPEECH.has(lastWordBefore)) persons.add(lower);
    return null;
  }

  let evidence = 0;
  if (SUFFIXES.has(last.text) && tokens.length > 1) evidence += 2;
  else if (tokens.length > 1 && (tokens.slice(1).some((t) => SUFFIXES.has(t.text)) || name.includes(" & ")))
    evidence += 2;
  if (
    contextWord ||
    CONTEXT.has(lastWordBefore) ||
    CONTEXT.has(lastWordBefore.split("-").at(-1) ?? "") ||
    CONTEXT.has(twoWordsBefore) ||
    /(?:bedrijf|concern|maker|fabrikant|investeerder)$/.test(lastWordBefore)
  )
    evidence += 2;
  if (tokens.some((t) => /\p{Lu}.*\p{Lu}/u.test(t.text) && !NOT_A_NAME.has(t.text.toLowerCase()))) evidence += 1;
  if (last.hyphenLower || last.possessive) evidence += 1;
  if (DEAL_VERB_AFTER.test(sentence.text.slice(last.end))) evidence += 1;
  // "Apple, Nvidia en AMD behoren ...": the first of a list of names.
  if (/^(?:,\s\p{Lu}[\p{L}\p{N}]*)*\s(?:en|and|&)\s\p{Lu}/u.test(sentence.text.slice(last.end))) evidence += 1;

  return {
    name,
    sentence,
    span,
    tokens,
    start: first.start,
    end: first.start + name.length,
    evidence,
    initial,
  };
}

function groupProposals(
  proposals: Proposal[],
  mentions: CompanyMention[],
  known: KnownData,
  persons: Set<string>,
): CompanyIndex {
  const live = proposals.filter((p) => !persons.has(p.name.toLowerCase()));
  // A name written mid-sentence somewhere, or with evidence, is kept; one only ever at a
  // sentence start with nothing else for it ("Kenners beschouwen ...") is not.
  const byName = new Map<string, Proposal[]>();
  for (const p of live) {
    const key = p.name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }
  const accepted = new Map<string, Proposal[]>();
  for (const [key, group] of byName) {
    const evidence = group.reduce((sum, p) => sum + p.evidence, 0);
    if (group.some((p) => !p.initial) || evidence > 0) accepted.set(key, group);
  }

  // "Nebius" and "Nebius Group" are one company: a one-word name joins the longer name it opens.
  const canonical = new Map<string, string>();
  for (const key of accepted.keys()) canonical.set(key, key);
  const keys = [...accepted.keys()];
  for (const short of keys) {
    if (short.includes(" ")) continue;
    const long = keys.find((k) => k !== short && k.startsWith(`${short} `));
    if (long) canonical.set(short, long);
  }
  const knownBySingleName = new Map(known.companies.map((c) => [c.name.toLowerCase(), c.slug]));

  const groups = new Map<string, { names: Map<string, number>; proposals: Proposal[] }>();
  for (const [key, group] of accepted) {
    const target = canonical.get(key) ?? key;
    const entry = groups.get(target) ?? { names: new Map<string, number>(), proposals: [] as Proposal[] };
    entry.names.set(group[0]!.name, (entry.names.get(group[0]!.name) ?? 0) + group.length);
    entry.proposals.push(...group);
    groups.set(target, entry);
  }

  const companies: (CandidateCompany & { key: string })[] = [];
  const byKey = new Map<string, CandidateCompany>();
  const seenKnown = new Set<string>();
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (seenKnown.has(mention.key)) continue;
    seenKnown.add(mention.key);
    const company = known.companies.find((c) => c.slug === mention.key)!;
    companies.push({ key: mention.key, name: company.name, slug: company.slug });
  }
  for (const [target, { names, proposals: group }] of groups) {
    const name = displayName(names);
    const knownSlug = knownBySingleName.get(name.toLowerCase()) ?? knownBySingleName.get(target.split(" ")[0] ?? "");
    const key = knownSlug ?? `new:${name.toLowerCase()}`;
    for (const p of group) mentions.push(mentionAt(p.sentence, key, p.start, p.end));
    if (!seenKnown.has(key)) {
      seenKnown.add(key);
      companies.push({ key, name, slug: knownSlug ?? null });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const firstStart = new Map<string, number>();
  for (const m of mentions) if (!firstStart.has(m.key)) firstStart.set(m.key, m.start);
  const firstSeen = (key: string) => firstStart.get(key) ?? Infinity;
  companies.sort((a, b) => firstSeen(a.key) - firstSeen(b.key));
  for (const c of companies) byKey.set(c.key, { name: c.name, slug: c.slug });
  const bySentence = new Map<number, CompanyMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  return { companies, mentions, byKey, bySentence };
}

/** The longer form when it ends in a corporate word ("Nebius Group"), else the most used one ("Mistral"). */
function displayName(names: Map<string, number>): string {
  const entries = [...names.entries()];
  const formal = entries.find(([n]) => n.includes(" ") && SUFFIXES.has(n.split(" ").at(-1) ?? ""));
  if (formal) return formal[0];
  return entries.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}
