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

/** The searchText of a deal: its own words and its parties' names and aliases. */
export function dealSearchText(deal: {
  title: string;
  summary: string;
  chips: string[];
  locations: string[];
  companies: { name: string; aliases: string[] }[];
}): string {
  return foldForSearch(
    [
      deal.title,
      deal.summary,
      ...deal.chips,
      ...deal.locations,
      ...deal.companies.flatMap((c) => [c.name, ...c.aliases]),
    ].join("\n"),
  );
}

export function eventSearchText(event: {
  title: string;
  summary: string;
  companies: { name: string; aliases: string[] }[];
}): string {
  return foldForSearch(
    [event.title, event.summary, ...event.companies.flatMap((c) => [c.name, ...c.aliases])].join("\n"),
  );
}
