import { describe, expect, it } from "vitest";
import { headlineTotals } from "./headline";

describe("headlineTotals", () => {
  it("totals per value kind and, within it, per deal kind, saying what each adds", () => {
    const h = headlineTotals([
      { kind: "foundry_contract", valueKind: "firm", count: 1, usd: 1_650_000_000_000n },
      { kind: "funding_round", valueKind: "firm", count: 1, usd: 2_000_000_000_000n },
      { kind: "strategic_investment", valueKind: "firm", count: 2, usd: 400_000_000_000n },
      { kind: "merger_acquisition", valueKind: "valuation", count: 1, usd: 125_000_000_000_000n },
      { kind: "merger_acquisition", valueKind: null, count: 1, usd: 0n },
    ]);
    expect(h.map((b) => [b.valueKind, b.count, b.usd])).toEqual([
      ["firm", 4, "40500000000"],
      ["valuation", 1, "1250000000000"],
    ]);
    expect(h[0]!.description).toBe(
      "Firm values: 4 deals (1 funding round, 1 foundry / manufacturing contract and 2 strategic investments)",
    );
    expect(h[0]!.byKind.map((k) => [k.kind, k.usd, k.description])).toEqual([
      ["funding_round", "20000000000", "Firm values of funding rounds: 1 deal"],
      ["foundry_contract", "16500000000", "Firm values of foundry / manufacturing contracts: 1 deal"],
      ["strategic_investment", "4000000000", "Firm values of strategic investments: 2 deals"],
    ]);
    expect(h[1]!.description).toBe("Company valuations: 1 deal (1 merger / acquisition)");
  });
});
