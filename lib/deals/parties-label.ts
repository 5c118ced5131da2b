import type { PartyRole } from "@/lib/domain";

// A deal named by who is on which side: "Tesla → Samsung Electronics", the short label of a bar.

/** Roles that pay, buy, invest or commission; the rest deliver or are bought. */
const BUYING: ReadonlySet<PartyRole> = new Set(["customer", "acquirer", "investor", "sponsor", "owner"]);

function names(list: readonly string[], max: number): string {
  return list.length > max ? `${list.slice(0, max).join(", ")} +${list.length - max}` : list.join(", ");
}

export function partiesLabel(parties: readonly { name: string; role: PartyRole }[], max = 2): string {
  const unique = (ps: typeof parties) => [...new Set(ps.map((p) => p.name))];
  const from = unique(parties.filter((p) => BUYING.has(p.role)));
  const to = unique(parties.filter((p) => !BUYING.has(p.role))).filter((n) => !from.includes(n));
  if (!from.length || !to.length) return names(unique(parties), max + 1);
  return `${names(from, max)} → ${names(to, max)}`;
}
