import type { Review } from "./review";
import type { Extraction } from "./types";

// What the analyst changed between the extractor's candidates and the accepted review, in words,
// for the audit log ("candidate 1 title: "A" → "B"", "candidate 2 rejected").

const show = (v: unknown) => (v === null || v === undefined || v === "" ? "none" : JSON.stringify(v));
const partiesText = (parties: { slug?: string | null; company?: string; role: string | null }[]) =>
  parties
    .map((p) => `${p.company ?? p.slug ?? "new"}/${p.role ?? "?"}`)
    .sort()
    .join(", ");

export function reviewChanges(extraction: Extraction, review: Review): string[] {
  const changes: string[] = [];
  const kept = new Map(review.deals.flatMap((d) => (d.candidate === undefined ? [] : [[d.candidate, d] as const])));
  extraction.deals.forEach((c, i) => {
    const name = `candidate ${i + 1}`;
    const d = kept.get(i);
    if (!d) return changes.push(`${name} rejected`);
    const pairs: [string, unknown, unknown][] = [
      ["title", c.title, d.title],
      ["amount", c.amount, d.amount],
      ["currency", c.currency, d.currency],
      ["value kind", c.valueKind, d.valueKind],
      ["date", c.announcedOn, d.announcedOn],
      ["second source of", c.matches, d.matches],
      ["parties", partiesText(c.parties), partiesText(d.parties)],
    ];
    for (const [field, before, after] of pairs) {
      if (show(before) !== show(after)) changes.push(`${name} ${field}: ${show(before)} → ${show(after)}`);
    }
  });
  const added = review.deals.filter((d) => d.candidate === undefined).length;
  if (added) changes.push(`${added} deal(s) added by hand`);
  return changes;
}
