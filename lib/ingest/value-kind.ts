import type { FoundAmount } from "@/lib/amounts/find";
import { isCurrency } from "@/lib/amounts/find";
import { cueRegex, hasCue } from "./cues";

export type ValueKind = "firm" | "up_to" | "estimate" | "valuation";

/** What an amount is in its sentence: a deal's value, another figure, or nothing to report. */
export type AmountReading =
  | { role: "deal"; valueKind: ValueKind }
  | { role: "figure"; valueKind: ValueKind | null; reason: string }
  | { role: "none"; reason: string };

// Words that make a sentence report a transaction. Nouns and verbs, Dutch and English.
const DEAL_CUES = cueRegex([
  "deal",
  "deals",
  "overeenkomst*",
  "contract",
  "contracten",
  "akkoord",
  "intentieverklaring",
  "partnerschap",
  "investeert",
  "investeren",
  "investering",
  "investeringen",
  "geïnvesteerd",
  "investeerde*",
  "steekt",
  "stak",
  "financieringsronde",
  "investeringsronde",
  "kapitaalronde",
  "groeironde",
  "haalt",
  "haalde",
  "opgehaald",
  "ophalen",
  "overname*",
  "overneemt",
  "overnemen",
  "neemt",
  "nam",
  "overgenomen",
  "koopt",
  "kocht",
  "gekocht",
  "kopen",
  "aankoop",
  "fuseert",
  "fuseren",
  "fusie",
  "lening*",
  "leent",
  "lenen",
  "leende",
  "geleend",
  "obligaties",
  "obligatie*",
  "bestelling*",
  "bestelt",
  "bestelde",
  "order",
  "orders",
  "levert",
  "leveren",
  "levering*",
  "tekent",
  "tekende",
  "getekend",
  "ondertekend",
  "sluit",
  "sloot",
  "gesloten",
  "bod",
  "licentie*",
  "bouwt",
  "bouwen",
  "agreement*",
  "pact",
  "partnership",
  "invest",
  "invests",
  "invested",
  "investing",
  "investment*",
  "funding",
  "round",
  "raise",
  "raises",
  "raised",
  "raising",
  "acquire",
  "acquires",
  "acquired",
  "acquiring",
  "acquisition*",
  "buy",
  "buys",
  "bought",
  "buying",
  "purchase*",
  "takeover",
  "merger",
  "merge",
  "merges",
  "loan",
  "loans",
  "borrow*",
  "bond",
  "bonds",
  "notes",
  "order",
  "supply",
  "supplies",
  "deliver",
  "delivers",
  "lease",
  "leases",
  "signed",
  "signs",
  "sign",
  "commitment",
  "betaalt",
  "betaalde",
  "betalen",
  "pays",
  "paid",
  "paying",
  "toegezegd",
  "toezegging",
  "zegt toe",
  "zegde toe",
  "belooft",
  "beloofde",
  "pledged",
  "pledges",
  "pledge",
  "subsidie",
  "subsidies",
  "staatssteun",
  "grant",
  "grants",
  "commits",
  "committed",
  "bid",
  "offer",
  "deal's",
  "contract's",
]);

// Numbers about a company rather than a transaction: market value, results, debt, spending.
const FIGURE_CUES = cueRegex([
  "beurswaarde",
  "marktwaarde",
  "marktkapitalisatie",
  "omzet",
  "jaaromzet",
  "kwartaalomzet",
  "winst",
  "nettowinst",
  "verlies",
  "schuld",
  "schulden",
  "kaspositie",
  "kasstroom",
  "cashflow",
  "contractverplichtingen",
  "orderportefeuille",
  "orderboek",
  "koers",
  "koersdoel",
  "dividend",
  "uitgaven",
  "kapitaaluitgaven",
  "kapitaalprojecten",
  "salaris",
  "boete",
  "kosten",
  "opbrengst*",
  "inkomsten",
  "kwartaalcijfers",
  "jaarcijfers",
  "resultaat",
  "eerste bedrag",
  "tranche",
  "eerste tranche",
  "nodig",
  "koerswinst",
  "beurskoers",
  "market cap",
  "market capitalization",
  "market value",
  "revenue",
  "revenues",
  "sales",
  "profit",
  "profits",
  "earnings",
  "net income",
  "loss",
  "losses",
  "debt",
  "cash flow",
  "cash position",
  "cash pile",
  "backlog",
  "performance obligations",
  "share price",
  "price target",
  "capex",
  "capital expenditure*",
  "spending",
  "costs",
  "fine",
  "guidance",
  "forecast",
  "outlook",
  "first tranche",
  "installment",
  "a year earlier",
  "year earlier",
  "een jaar eerder",
  "net worth",
  "fortune",
  "budget",
]);

const TRANSACTION_VERBS = cueRegex([
  "raise",
  "raises",
  "raised",
  "raising",
  "haalt",
  "haalde",
  "opgehaald",
  "leent",
  "leende",
  "geleend",
  "borrow*",
  "issue",
  "issues",
  "issued",
  "plaatst",
  "plaatste",
  "geplaatst",
  "sold",
  "sells",
  "verkoopt",
  "verkocht",
  "invests",
  "invested",
  "investeert",
  "investeerde",
  "koopt",
  "kocht",
  "buys",
  "bought",
  "acquires",
  "acquired",
]);

const CHANGE_BEFORE = cueRegex([
  "gestegen",
  "steeg",
  "stijgt",
  "stijgen",
  "gedaald",
  "daalde",
  "daalt",
  "groeide",
  "gegroeid",
  "groeit",
  "toegenomen",
  "nam toe",
  "afgenomen",
  "rose",
  "rising",
  "fell",
  "falling",
  "grew",
  "climbed",
  "increased",
  "decreased",
  "jumped",
  "surged",
  "dropped",
  "declined",
  "up from",
  "down from",
]);

const VALUATION_CUES = cueRegex([
  "gewaardeerd",
  "waardering",
  "waarderen",
  "valued",
  "valuation",
  "valuing",
  "waardeert",
  "value the company",
]);
const MERGER_CUES = cueRegex(["fusie", "fuseert", "fuseren", "samensmelting", "merger", "merge", "merges", "combined"]);

const ESTIMATE_CUES = cueRegex([
  "naar schatting",
  "mogelijk",
  "mogelijke",
  "potentieel",
  "potentiële",
  "naar verluidt",
  "zou",
  "zouden",
  "geschat",
  "geschatte",
  "vermoedelijk",
  "reportedly",
  "estimated",
  "estimate",
  "potentially",
  "potential",
  "possibly",
  "could",
  "might",
  "rumoured",
  "rumored",
]);
const CEILING_CUES = cueRegex([
  "potentieel van",
  "potential value of",
  "potential of",
  "kan oplopen tot",
  "could reach",
  "oplopen tot",
]);
// A deal the sentence says did not happen: denied, turned down, called off.
const DENIAL_CUES = cueRegex([
  "niet waar",
  "ontkent",
  "ontkende",
  "ontkend",
  "geen sprake",
  "afgewezen",
  "wees af",
  "wijst af",
  "afgeblazen",
  "ketste af",
  "afgeketst",
  "gestaakt",
  "trok zich terug",
  "denied",
  "denies",
  "not true",
  "walked away",
  "dismissing",
  "dismissed",
  "dismisses",
  "not planning",
  "niet van plan",
  "weerspreekt",
  "ontkracht",
  "rejected",
  "rejects",
  "turned down",
  "called off",
  "abandoned",
  "scrapped",
  "collapsed",
  "fell through",
  "withdrew",
]);
const NEGATION_CUES = cueRegex(["niet", "geen", "nooit", "not", "no", "never", "isn't", "wasn't", "won't", "didn't"]);

const CLAUSE_BREAK = /[,;:()–—]|\s-\s/g;

/** The clause around [start, end): from the last clause break before it to the first after it. */
function clauseAround(sentence: string, start: number, end: number): { text: string; start: number } {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start && !/^\d/.test(sentence.slice(m.index + 1))) from = m.index + m[0].length;
    if (m.index >= end && m.index < to) to = m.index;
  }
  return { text: sentence.slice(from, to), start: from };
}

/**
 * Reads one amount in its sentence. `previous` is the amount written just before it in the same
 * sentence, so a converted amount in brackets ("300 miljard dollar (256 miljard euro)") is a figure.
 */
/** What the sentences around an amount say, for the cases its own sentence cannot settle. */
export interface AmountContext {
  /** A deal amount was read in the two sentences before ("De investering waardeert X op ..." then restates it). */
  dealJustBefore?: boolean;
  /** The sentence before speaks of a deal without giving its value ("... sloot een contract." "Het gaat om ..."). */
  dealWithoutValueBefore?: boolean;
}

// Nouns and verbs that name one transaction, so the next sentence's amount can be its value.
const NAMED_DEAL_CUES = cueRegex([
  "deal",
  "contract",
  "overeenkomst",
  "akkoord",
  "overname",
  "investering",
  "bestelling",
  "order",
  "lening",
  "sloot",
  "sluit",
  "tekende",
  "tekent",
  "getekend",
  "agreement",
  "acquisition",
  "takeover",
  "investment",
  "loan",
  "signed",
  "signs",
  "agreed",
]);

/** True when the text names a transaction (a deal, contract, order, loan ...). */
export function mentionsDeal(text: string): boolean {
  return hasCue(text, NAMED_DEAL_CUES);
}

const COMPARED_BEFORE = /(?:dan|than|tegenover|compared with|compared to|versus|vs\.?)\s+(?:de|het|the)\s+$/iu;
const VALUED_AT_BEFORE =
  /(?:waardeert|waarderen|waardeerde|values|valued|valuing|gewaardeerd)\s+(?:[\p{L}-]+\s+){0,3}(?:op|at)\s+$/iu;
const DEAL_SUBJECT =
  /^(?:de|het|the|this|deze|dit)\s+(?:[\p{L}-]+\s+)?(?:deal|transactie|verkoop|overname|sale|transaction|acquisition|takeover|overeenkomst|agreement)\b/iu;

export function readAmount(
  sentence: string,
  amount: FoundAmount,
  previous: FoundAmount | null,
  context: AmountContext = {},
): AmountReading {
  if (!isCurrency(amount.unit)) return { role: "figure", valueKind: null, reason: "not money" };
  const clause = clauseAround(sentence, amount.start, amount.end);
  const before = sentence.slice(clause.start, amount.qualifierStart ?? amount.start);
  if (hasCue(before, NEGATION_CUES)) return { role: "none", reason: "negated" };
  if (hasCue(sentence, DENIAL_CUES)) return { role: "figure", valueKind: null, reason: "denied or called off" };

  if (
    previous &&
    isCurrency(previous.unit) &&
    /^\s*\(\s*(?:\p{L}+\s+)?$/u.test(sentence.slice(previous.end, amount.start))
  ) {
    return { role: "figure", valueKind: null, reason: "conversion" };
  }

  const lead = sentence.slice(0, amount.qualifierStart ?? amount.start);
  if (COMPARED_BEFORE.test(lead)) return { role: "figure", valueKind: null, reason: "comparison" };

  const near = sentence.slice(Math.max(0, amount.start - 40), Math.min(sentence.length, amount.end + 30));
  if (hasCue(near, VALUATION_CUES)) {
    // "De deal waardeert Altera op 8,75 miljard dollar": the valuation is the deal's only value.
    const dealValuedAt = DEAL_SUBJECT.test(sentence) && VALUED_AT_BEFORE.test(lead) && !context.dealJustBefore;
    return hasCue(sentence, MERGER_CUES) || dealValuedAt
      ? { role: "deal", valueKind: "valuation" }
      : { role: "figure", valueKind: "valuation", reason: "valuation" };
  }
  const clauseAfter = sentence.slice(amount.end, clause.start + clause.text.length);
  const changeTo =
    amount.qualifier === "up_to" &&
    hasCue(sentence.slice(Math.max(0, (amount.qualifierStart ?? 0) - 30), amount.qualifierStart ?? 0), CHANGE_BEFORE);
  // "raised $10 billion in debt": a transaction verb in the clause outweighs the figure word.
  const transacts = hasCue(clause.text, TRANSACTION_VERBS);
  if (((hasCue(clause.text, FIGURE_CUES) || hasCue(clauseAfter, FIGURE_CUES)) && !transacts) || changeTo) {
    return { role: "figure", valueKind: null, reason: "company figure" };
  }
  if (!hasCue(sentence, DEAL_CUES) && !context.dealWithoutValueBefore) {
    return { role: "figure", valueKind: null, reason: "no transaction" };
  }
  return { role: "deal", valueKind: valueKindOf(sentence, amount) };
}

export function valueKindOf(sentence: string, amount: FoundAmount): ValueKind {
  if (amount.qualifier === "up_to" || amount.qualifier === "as_much_as") return "up_to";
  const lead = sentence.slice(Math.max(0, amount.start - 30), amount.start);
  // "een potentieel van X" names a ceiling the deal can grow to, not a guess at its size.
  if (hasCue(lead, CEILING_CUES)) return "up_to";
  if (amount.qualifier === "about" || amount.high !== null) return "estimate";
  if (hasCue(sentence, ESTIMATE_CUES)) return "estimate";
  return "firm";
}
