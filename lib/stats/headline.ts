import { z } from "zod";
import { DEAL_KINDS, ValueKind, type DealKind } from "@/lib/domain";
import { minorUnitsToDecimal as minorToDecimal } from "@/lib/amounts/decimal";

// Headline totals: one per value kind, and within it one per deal kind, each with a sentence
// saying what it adds, so a foundry contract, a funding round and a stake are never one
// unlabelled "firm" number.

const PLURAL: Record<DealKind, string> = {
  foundry_contract: "foundry / manufacturing contracts",
  chip_purchase: "chip purchase agreements",
  supply_agreement: "supply agreements",
  supply_relationship: "supply relationships",
  manufacturing_buildout: "manufacturing build-out programmes",
  fab_investment: "fab investments",
  own_fab_plan: "own-fab plans",
  merger_acquisition: "mergers and acquisitions",
  funding_round: "funding rounds",
  strategic_investment: "strategic investments",
  share_offering: "planned share offerings",
};

const VALUE_PLURAL: Record<ValueKind, string> = {
  firm: "Firm values",
  up_to: "Up-to ceilings",
  estimate: "Estimates",
  valuation: "Company valuations",
  target: "Targets and plans",
};

const deals = (n: number) => `${n} ${n === 1 ? "deal" : "deals"}`;
const kindName = (kind: DealKind, n: number) => (n === 1 ? DEAL_KINDS[kind].toLowerCase() : PLURAL[kind]);

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

export const HeadlineKindDto = z.object({
  kind: z.string(),
  count: z.number().int(),
  usd: z.string().describe("exact USD sum of this deal kind's values of this value kind"),
  description: z.string().describe('e.g. "Firm values of funding rounds: 1 deal"'),
});
export const HeadlineDto = z.object({
  valueKind: ValueKind,
  count: z.number().int(),
  usd: z.string().describe("exact USD sum over the deal kinds listed in byKind"),
  description: z
    .string()
    .describe('what the sum adds, e.g. "Firm values: 4 deals: 1 foundry / manufacturing contract, 1 funding round …"'),
  byKind: z.array(HeadlineKindDto),
});
export type HeadlineDto = z.infer<typeof HeadlineDto>;

/** Headline totals from per-(deal kind, value kind) sums; deals without a value are left out. */
export function headlineTotals(
  rows: readonly { kind: string; valueKind: string | null; count: number; usd: bigint }[],
): HeadlineDto[] {
  return ValueKind.options.flatMap((valueKind) => {
    const mine = rows
      .filter((r) => r.valueKind === valueKind && r.count > 0)
      .sort((a, b) => (b.usd > a.usd ? 1 : b.usd < a.usd ? -1 : a.kind.localeCompare(b.kind)));
    if (!mine.length) return [];
    const count = mine.reduce((n, r) => n + r.count, 0);
    const usd = mine.reduce((n, r) => n + r.usd, 0n);
    const parts = mine.map((r) => `${r.count} ${kindName(r.kind as DealKind, r.count)}`);
    return [
      {
        valueKind,
        count,
        usd: minorToDecimal(usd),
        description: `${VALUE_PLURAL[valueKind]}: ${deals(count)} (${list(parts)})`,
        byKind: mine.map((r) => ({
          kind: r.kind,
          count: r.count,
          usd: minorToDecimal(r.usd),
          description: `${VALUE_PLURAL[valueKind]} of ${PLURAL[r.kind as DealKind]}: ${deals(r.count)}`,
        })),
      },
    ];
  });
}
