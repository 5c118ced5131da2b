import { stemmer as stemDutch } from "@orama/stemmers/dutch";
import { stemmer as stemEnglish } from "@orama/stemmers/english";

/**
 * Folds text for case- and accent-insensitive matching: "Creëert TSMC’s" -> "creeert tsmc's".
 * Stored in the searchText columns and applied to every query, so a plain substring match is
 * enough on any database.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .normalize("NFKD")
      // Control characters match nothing a user means, and PostgreSQL refuses a NUL in text.
      .replace(/\p{Cc}/gu, " ")
      .replace(/\p{M}/gu, "")
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‐‑‒–—]/g, "-")
      // LIKE wildcards and the escape character are stored and searched as look-alikes, so a
      // user's "%" or "_" matches literally on every database without an ESCAPE clause.
      .replace(/%/g, "％")
      .replace(/_/g, "＿")
      .replace(/\\/g, "＼")
      .toLowerCase()
  );
}

const WORD = /\p{L}{3,}/gu;

/**
 * The Snowball stems (Dutch and English: the sources are Dutch, the dashboard's own words
 * English) of a folded word, e.g. "fuseren" -> ["fuser", "fuseren"], "chips" -> ["chip"].
 */
export function stemsOf(word: string): string[] {
  return [...new Set([stemDutch(word), stemEnglish(word)])];
}

/** Every stem of a text's words, each after a space so a query stem matches at a word's start. */
function stemLine(folded: string): string {
  const stems = new Set<string>();
  for (const word of folded.match(WORD) ?? []) for (const s of stemsOf(word)) stems.add(s);
  return stems.size ? ` ${[...stems].join(" ")} ` : "";
}

/** The stored searchText: the folded text, then a line of its word stems. */
export function searchTextOf(parts: readonly string[]): string {
  const folded = foldForSearch(parts.filter(Boolean).join("\n"));
  return `${folded}\n${stemLine(folded)}`;
}

interface Named {
  name: string;
  aliases: string[];
}

/**
 * The searchText of a deal: its own words, its kind and its parties' roles (in the dashboard's
 * English labels), its parties' names and aliases, and the Dutch sentences that evidence it
 * with their English glosses, so "foundry", "merger" and "fusie" all find what they name.
 */
export function dealSearchText(deal: {
  title: string;
  summary: string;
  chips: string[];
  locations: string[];
  companies: Named[];
  /** Label of the deal kind, e.g. "Merger / acquisition". */
  kindLabel?: string;
  /** Labels of the parties' roles, e.g. "Foundry". */
  roleLabels?: string[];
  /** Evidence quotes (Dutch) and their glosses. */
  quotes?: string[];
}): string {
  return searchTextOf([
    deal.title,
    deal.summary,
    deal.kindLabel ?? "",
    ...(deal.roleLabels ?? []),
    ...deal.chips,
    ...deal.locations,
    ...deal.companies.flatMap((c) => [c.name, ...c.aliases]),
    ...(deal.quotes ?? []),
  ]);
}

export function eventSearchText(event: {
  title: string;
  summary: string;
  companies: Named[];
  kindLabel?: string;
  quotes?: string[];
}): string {
  return searchTextOf([
    event.title,
    event.summary,
    event.kindLabel ?? "",
    ...event.companies.flatMap((c) => [c.name, ...c.aliases]),
    ...(event.quotes ?? []),
  ]);
}

/** Words of a free-text query, folded; each must occur (in any order). */
export function searchTerms(q: string | undefined): string[] {
  return foldForSearch(q ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
}

/**
 * What one query word may match in searchText: the word itself anywhere (so "7％" and "ai6"
 * still match), or any of its stems at a word's start ("chips" finds "chipfabriek").
 * `alsoStems` adds stems found for it by other means (see lib/search-vocabulary.ts).
 */
export function termAlternatives(term: string, alsoStems: readonly string[] = []): string[] {
  const stems = /^\p{L}{3,}$/u.test(term) ? stemsOf(term) : [];
  const all = [...new Set([term, ...[...stems, ...alsoStems].map((s) => ` ${s}`)])];
  // Text that contains an alternative containing another contains that one too: the longer one
  // finds nothing more (" blackwell" beside "blackwell"), and each costs the index a lookup.
  return all.filter((a) => !all.some((b) => b !== a && a.includes(b)));
}
