// The data corrections of issue 12, read against the Dutch articles: each assertion failed on the
// seed before them.
import { describe, expect, it } from "vitest";
import { bodyStart } from "@/lib/articles/body";
import { seedData } from "./data";
import { loadSeedPlan } from "./load";

const plan = loadSeedPlan();
const deal = (slug: string) => plan.data.deals.find((d) => d.slug === slug);
const event = (slug: string) => plan.data.events.find((e) => e.slug === slug);
const allEvidence = [...plan.evidence.values()].flat();

describe("issue 12 data corrections", () => {
  it("gives Meta–AMD the Instinct accelerators only; MI300X is context", () => {
    expect(deal("meta-amd-instinct")!.chips).toEqual(["Instinct"]);
    expect(
      deal("meta-amd-instinct")!
        .evidence.filter((e) => e.claim === "chip")
        .map((e) => e.quote),
    ).toEqual(["Door zich te verbinden aan AMD's Instinct-accelerators"]);
  });

  it("models Samsung's $40B as a background investment, not a July 2025 deal in the firm headline", () => {
    expect(deal("samsung-texas-fab-investment")).toBeUndefined();
    const fab = event("samsung-texas-fab-investment")!;
    expect([fab.kind, fab.occurredBasis]).toEqual(["investment", "mentioned"]);
    const firm = plan.data.deals.filter((d) => d.value?.kind === "firm");
    expect(firm.reduce((n, d) => n + BigInt(d.value!.amount), 0n)).toBe(40_500_000_000n);
  });

  it("keeps plans and statements out of the deals, and the chip supply as a supply relationship", () => {
    expect(deal("tesla-terafab")).toBeUndefined();
    expect(event("tesla-terafab")!.kind).toBe("plan");
    expect(deal("tesla-xai-battery-supply")).toBeUndefined();
    expect(event("tesla-xai-battery-supply")!.kind).toBe("supply_statement");
    const supply = deal("tesla-chip-supply-samsung-tsmc")!;
    expect([supply.kind, supply.value]).toEqual(["supply_relationship", undefined]);
    expect(supply.parties.map((p) => `${p.company}:${p.role}`)).toEqual([
      "tesla:customer",
      "samsung-electronics:supplier",
      "tsmc:supplier",
    ]);
  });

  it("calls the SpaceX IPO's $50B a target, and Nvidia's $500B production value built by partners", () => {
    expect(deal("spacex-ipo")!.value!.kind).toBe("target");
    const nvidia = deal("nvidia-us-ai-infrastructure")!;
    expect(nvidia.title).toMatch(/built in the US by partners/);
    expect(nvidia.summary).toContain("not an amount Nvidia itself invests");
    expect(nvidia.evidence.find((e) => e.key === "value")!.label).toContain("not Nvidia's own investment");
  });

  it("stores every decline with its direction", () => {
    const results = event("tesla-2025-annual-results")!.evidence;
    const direction = (key: string) => results.find((e) => e.key === key)!.figure!.direction;
    expect(
      ["gross-profit-change", "operating-profit-change", "revenue-change", "auto-revenue-change", "energy-growth"].map(
        direction,
      ),
    ).toEqual(["down", "down", "down", "down", "up"]);
    const nvidia = event("nvidia-shares-after-us-build-out")!.evidence;
    expect(nvidia.map((e) => e.figure?.direction ?? null)).toEqual(["up", null, "down", "down"]);
  });

  it("converts every non-USD amount at a dated, cited rate", () => {
    const nonUsd = allEvidence.filter((e) => e.figure && /^[A-Z]{3}$/.test(e.figure.unit) && e.figure.unit !== "USD");
    expect(nonUsd.map((e) => e.fullKey)).toEqual([
      "event/tesla-2025-annual-results/gross-profit",
      "event/tesla-2025-annual-results/operating-profit",
      "event/tesla-2025-annual-results/revenue",
      "event/tesla-2025-annual-results/auto-revenue",
    ]);
    for (const e of nonUsd) expect(e.usd?.rate.source, e.fullKey).toBe("ECB euro foreign exchange reference rate");
    const revenue = nonUsd.find((e) => e.key === "revenue")!;
    expect([revenue.usd!.amount, revenue.usd!.rate.date, revenue.usd!.rate.usdPerUnit]).toEqual([
      "94802400000",
      "2026-01-29",
      "1.1970",
    ]);
  });

  it("cites only body sentences, never a file's dateline or front matter", () => {
    for (const e of allEvidence) {
      expect(e.quoteStart, e.fullKey).toBeGreaterThanOrEqual(bodyStart(plan.texts.get(e.article)!));
      expect(e.quote, e.fullKey).not.toMatch(/^date:? \d{4}/);
    }
  });

  it("glosses every quote in English", () => {
    for (const e of allEvidence) expect(e.gloss.length, e.fullKey).toBeGreaterThan(10);
    expect(seedData.deals.length).toBe(plan.data.deals.length);
  });
});
