import type { PartyRole } from "@/lib/domain";
import type { CompanyMention } from "./companies";
import { cueRegex, hasCue } from "./cues";
import type { Sentence } from "./sentences";

/** What kind of transaction a sentence reports, which decides the pair of roles its parties get. */
export type DealType = "issue" | "acquisition" | "investment" | "loan" | "supply";

const TYPE_CUES: readonly (readonly [DealType, RegExp])[] = [
  [
    "issue",
    cueRegex([
      "obligaties",
      "obligatie*",
      "bond",
      "bonds",
      "notes",
      "beursgang",
      "aandelenemissie",
      "emissie",
      "share sale",
      "share offering",
      "ipo",
      "debt offering",
    ]),
  ],
  [
    "acquisition",
    cueRegex([
      "overname*",
      "overneemt",
      "overnemen",
      "overgenomen",
      "fusie",
      "fuseert",
      "fuseren",
      "acquire",
      "acquires",
      "acquired",
      "acquiring",
      "acquisition*",
      "takeover",
      "merger",
      "merge",
      "merges",
      "buyout",
    ]),
  ],
  [
    "investment",
    cueRegex([
      "investeert",
      "investeren",
      "investering",
      "investeringen",
      "geïnvesteerd",
      "investeerde*",
      "belang",
      "aandeelhouder",
      "financieringsronde",
      "investeringsronde",
      "kapitaalronde",
      "groeironde",
      "haalt",
      "haalde",
      "opgehaald",
      "ophalen",
      "invest",
      "invests",
      "invested",
      "investing",
      "investment*",
      "stake",
      "funding",
      "round",
      "raise",
      "raises",
      "raised",
      "raising",
      "backed",
    ]),
  ],
  [
    "loan",
    cueRegex([
      "lening*",
      "leent",
      "lenen",
      "leende",
      "geleend",
      "krediet*",
      "loan",
      "loans",
      "borrow*",
      "credit facility",
      "financing",
    ]),
  ],
];

// Supply words name the kind of deal but are weaker than the ones above: a sentence that says only
// "de overeenkomst" takes the type of the sentences around it.
const SUPPLY_CUES = cueRegex([
  "levert",
  "leveren",
  "leverde",
  "levering*",
  "leverancier",
  "koopt",
  "kocht",
  "kopen",
  "bestelt",
  "bestelde",
  "bestelling*",
  "afnemen",
  "huurt",
  "rekenkracht",
  "capaciteit",
  "supply",
  "supplies",
  "supplied",
  "supplier",
  "deliver",
  "delivers",
  "buy",
  "buys",
  "bought",
  "purchase*",
  "order",
  "orders",
  "ordered",
  "lease",
  "leases",
  "capacity",
  "computing",
  "services",
  "compute",
]);

// "neemt Arm over", "nam de chipmaker over": the separable Dutch verb.
const TAKES_OVER = /\b(?:neemt|nam|namen|nemen)\s+(?:\S+\s+){1,4}over\b/iu;

export function dealTypeOf(text: string, withSupply = true): DealType | null {
  for (const [type, cues] of TYPE_CUES) {
    if (hasCue(text, cues) || (type === "acquisition" && TAKES_OVER.test(text))) return type;
  }
  if (withSupply && hasCue(text, SUPPLY_CUES)) return "supply";
  return null;
}

interface Placed {
  key: string;
  /** Offset in the sentence text. */
  at: number;
  end: number;
}

function placed(sentence: Sentence, mentions: readonly CompanyMention[], keys: readonly string[]): Placed[] {
  return mentions
    .filter((m) => m.sentence === sentence.index && keys.includes(m.key) && !m.asProduct && !m.asSource)
    .map((m) => ({ key: m.key, at: m.start - sentence.start, end: m.end - sentence.start }));
}

const before = (text: string, at: number, n = 40) => text.slice(Math.max(0, at - n), at);

const INVESTEE_BEFORE =
  /(?:\bin|\binto|belang\s+(?:van\s+[^,.]{0,25}\s+)?in|stake\s+(?:of\s+[^,.]{0,25}\s+)?in|\binvesteert\s+in|invests\s+in)\s+(?:de\s+|het\s+|the\s+|[\p{L}-]+\s+){0,6}$/iu;
const INVESTOR_BEFORE =
  /(?:led by|co-led by|onder leiding van|from|bij|backed by|gesteund door|investors?(?: such as| including| like)?|investeerders?(?: als| zoals)?|deelnemers?|participants?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const RAISER_AFTER =
  /^[^.]{0,40}?\b(?:haalt|haalde|raises|raised|has raised|secured|closed|sluit\s+een\s+financieringsronde)\b/iu;
const LIST_GAP = /^\s*(?:,|en|and|&|as well as|evenals|of|or)\s*$/iu;
const TOGETHER_WITH = /(?:samen met|together with|alongside|along with|naast)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const RAISES = /\b(?:haalt|haalde|opgehaald|ophalen|raises|raised|raising|secured|secures)\b/iu;
const BY_BEFORE = /\b(?:door|by)\s+(?:\p{L}+\s+){0,3}$/iu;
const ACQUIRED_BEFORE =
  /\b(?:overname\s+van|acquisition\s+of|takeover\s+of|koopt|kocht|acquires|acquired|buys|bought|to\s+acquire|to\s+buy|neemt|nam)\s+(?:het\s+|de\s+|the\s+|[\p{L}-]+\s+){0,3}$/iu;
const SUPPLIER_BEFORE = /\b(?:van|bij|from|turned to|turns to|met|with)\s+(?:\p{L}+\s+){0,2}$/iu;
const GOODS_AFTER =
  /^[^.]{0,40}?\b(?:voor|for)\s+(?:\p{L}+\s+){0,3}(?:computing|rekenkracht|capaciteit|capacity|chips|gpus?|cloud|compute|power|servers|diensten|services|infrastructure|infrastructuur)/iu;
const BUYER_VERB_AFTER =
  /^[^.]{0,30}?\b(?:koopt|kocht|bestelt|bestelde|huurt|buys|bought|orders|ordered|leases|turned to|turns to|neemt\s+\S+\s+af|afnemer)/iu;
const SUPPLIER_VERB_AFTER =
  /^[^.]{0,60}?\b(?:levert|leverde|leveren|supplies|supplied|delivers|deliver|will deliver|provides|provide|leverancier|supplier|provider)\b/iu;
const SUPPLIER_NOUN_AROUND = /(?:provider|supplier|leverancier|aanbieder)\s+(?:of|van)\b/iu;

function strongRole(type: DealType, lead: string, after: string, near: string): PartyRole | null {
  switch (type) {
    case "investment":
      if (INVESTOR_BEFORE.test(lead)) return "investor";
      return INVESTEE_BEFORE.test(lead) || RAISER_AFTER.test(after) ? "investee" : null;
    case "acquisition":
      return BY_BEFORE.test(lead) ? "acquirer" : ACQUIRED_BEFORE.test(lead) ? "acquired" : null;
    case "supply":
      // "OpenAI's latest computing supplier is Google": the owner of the supplier buys.
      if (/^['’]s\s+(?:\S+\s+){0,3}(?:supplier|provider|leverancier)\b/iu.test(after)) return "customer";
      if (/(?:supplier|provider|leverancier|aanbieder)\s+(?:is|was|wordt|werd|will be)\s+$/iu.test(lead))
        return "supplier";
      if (SUPPLIER_VERB_AFTER.test(after) || SUPPLIER_NOUN_AROUND.test(near)) return "supplier";
      if (BUYER_VERB_AFTER.test(after)) return "customer";
      return SUPPLIER_BEFORE.test(lead) && GOODS_AFTER.test(after) ? "supplier" : null;
    case "issue":
      return BUYER_VERB_AFTER.test(after) ? "investor" : null;
    case "loan":
      return /\b(?:van|bij|from)\s+(?:\p{L}+\s+){0,2}$/iu.test(lead) ? "investor" : null;
    default:
      return null;
  }
}

/** Roles for the parties of one deal, read from the verbs around their names. */
export function assignRoles(
  type: DealType,
  keys: readonly string[],
  sentences: readonly Sentence[],
  context: readonly number[],
  mentions: readonly CompanyMention[],
  subject: string | null = null,
  providerKeys: ReadonlySet<string> = new Set(mentions.filter((m) => m.describedAsProvider).map((m) => m.key)),
): Map<string, PartyRole | null> {
  const roles = new Map<string, PartyRole | null>(keys.map((k) => [k, null]));
  if (keys.length === 0) return roles;
  const setIfEmpty = (key: string, role: PartyRole) => {
    if (roles.get(key) === null) roles.set(key, role);
  };
  // The company "het bedrijf" stands for is the subject of the deal sentence's verb.
  const own = sentences[context[0] ?? -1]?.text ?? "";
  if (subject !== null && keys.includes(subject)) {
    if (type === "investment" && RAISES.test(own)) setIfEmpty(subject, "investee");
    else if (type === "acquisition" && !/\b(?:door|by)\b/iu.test(own)) setIfEmpty(subject, "acquirer");
  }
  const fillRest = (role: PartyRole) => {
    for (const k of keys) setIfEmpty(k, role);
  };

  // A company the article describes as a provider ("datacenterbedrijf CoreWeave") supplies.
  if (type === "supply") {
    const providers = keys.filter((k) => providerKeys.has(k));
    if (providers.length === 1 && keys.length > 1) {
      setIfEmpty(providers[0]!, "supplier");
      fillRest("customer");
    }
  }

  // Verb patterns first, in every context sentence; then the weaker hints ("samen met X", lists).
  for (const i of context) {
    const sentence = sentences[i];
    if (!sentence) continue;
    for (const p of placed(sentence, mentions, keys)) {
      const lead = before(sentence.text, p.at);
      const after = sentence.text.slice(p.end);
      const role = strongRole(type, lead, after, sentence.text.slice(p.end, p.end + 40));
      if (role !== null) setIfEmpty(p.key, role);
    }
  }
  for (const i of context) {
    const sentence = sentences[i];
    if (!sentence) continue;
    let previous: Placed | null = null;
    for (const p of placed(sentence, mentions, keys)) {
      // "Amazon en Nvidia", "OpenAI and Oracle": a list shares one role.
      const listed = previous !== null && LIST_GAP.test(sentence.text.slice(previous.end, p.at));
      const previousRole = previous === null ? null : (roles.get(previous.key) ?? null);
      previous = p;
      if (listed && previousRole !== null) setIfEmpty(p.key, previousRole);
      else if (type === "investment" && TOGETHER_WITH.test(before(sentence.text, p.at))) {
        setIfEmpty(p.key, "investor");
        if (keys[0] !== p.key) setIfEmpty(keys[0]!, "investor");
      }
    }
  }

  // Roles not read from the text: the counterpart of a role that was, else subject first.
  const values = new Set(roles.values());
  const [first] = keys;
  const pairUp = (a: PartyRole, b: PartyRole) => {
    if (values.has(a) && !values.has(b)) fillRest(b);
    else if (values.has(b) && !values.has(a)) fillRest(a);
    else if (!values.has(a) && !values.has(b)) {
      setIfEmpty(first!, a);
      if (keys.length > 1) fillRest(b);
    } else fillRest(b);
  };
  switch (type) {
    case "issue":
      // "Pimco and BlackRock bought the bonds": the buyers invest, the rest issue.
      if (values.has("investor") && !values.has("issuer")) setIfEmpty(first!, "issuer");
      fillRest(values.has("issuer") || values.has("investor") ? "investor" : "issuer");
      break;
    case "investment":
      pairUp("investor", "investee");
      break;
    case "acquisition":
      pairUp("acquirer", "acquired");
      break;
    case "loan":
      pairUp("issuer", "investor");
      break;
    case "supply":
      pairUp("customer", "supplier");
      break;
  }
  return roles;
}

/** "ASML invests in Mistral", "Microsoft buys from Nebius Group", or "Nvidia – OpenAI". */
export function dealTitle(parties: readonly { name: string; role: string | null }[], type: DealType): string {
  const withRole = (role: string) => parties.filter((p) => p.role === role).map((p) => p.name);
  const list = (names: string[]) =>
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  const pair = (a: string[], verb: string, b: string[]) =>
    a.length > 0 && b.length > 0 ? `${list(a)} ${verb} ${list(b)}` : null;
  const verb = (names: string[], one: string, many: string) => (names.length > 1 ? many : one);
  const investors = withRole("investor");
  const acquirers = withRole("acquirer");
  const customers = withRole("customer");
  const issuers = withRole("issuer");
  const title =
    (type === "investment" && pair(investors, verb(investors, "invests in", "invest in"), withRole("investee"))) ||
    (type === "acquisition" && pair(acquirers, verb(acquirers, "acquires", "acquire"), withRole("acquired"))) ||
    (type === "supply" && pair(customers, verb(customers, "buys from", "buy from"), withRole("supplier"))) ||
    (type === "loan" && pair(issuers, verb(issuers, "borrows from", "borrow from"), withRole("investor"))) ||
    (type === "issue" && issuers.length > 0 && `${list(issuers)} ${verb(issuers, "issues", "issue")} debt`) ||
    null;
  if (title) return title;
  return parties.length > 0 ? parties.map((p) => p.name).join(" – ") : "Unnamed deal";
}
