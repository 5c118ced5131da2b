import { describe, expect, it } from "vitest";
import { seedData } from "./data";
import { loadSeedPlan } from "./load";
import { SeedError } from "./validate";

function mutated(edit: (d: typeof seedData) => void) {
  const copy = structuredClone(seedData);
  edit(copy);
  return copy;
}

function problemsOf(data: unknown): string[] {
  try {
    loadSeedPlan(data);
  } catch (e) {
    if (e instanceof SeedError) return e.problems;
    throw e;
  }
  return [];
}

const deal = (d: typeof seedData, slug: string) => d.deals.find((x) => x.slug === slug)!;

describe("seed validation", () => {
  it("accepts the curated seed and places every quote at its offsets", () => {
    const plan = loadSeedPlan();
    let count = 0;
    for (const items of plan.evidence.values()) {
      for (const ev of items) {
        const text = plan.texts.get(ev.article)!;
        expect(text.slice(ev.quoteStart, ev.quoteEnd)).toBe(ev.quote);
        count++;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it("fails on a quote that is not verbatim, naming the deal and the evidence", () => {
    const problems = problemsOf(
      mutated((d) => {
        const ev = deal(d, "tesla-samsung-ai6-foundry").evidence.find((e) => e.key === "value")!;
        ev.quote = ev.quote.replace("16,5", "16,4");
      }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deal tesla-samsung-ai6-foundry › evidence value: quote does not occur verbatim/);
  });

  it("fails when a typographic apostrophe is replaced by a straight one", () => {
    const problems = problemsOf(
      mutated((d) => {
        const party = deal(d, "tesla-samsung-ai6-foundry").parties[0]!;
        party.evidence[0]!.quote = party.evidence[0]!.quote.replace("’", "'");
      }),
    );
    expect(problems.join("\n")).toContain(
      "deal tesla-samsung-ai6-foundry › evidence party-tesla: quote does not occur verbatim",
    );
  });

  it("fails on an amount that differs from what its quote says, naming the record", () => {
    const problems = problemsOf(
      mutated((d) => {
        d.events.find((e) => e.slug === "samsung-shares-rise-on-tesla-order")!.evidence[0]!.figure!.amount = "7";
      }),
    );
    expect(problems).toEqual([
      'event samsung-shares-rise-on-tesla-order › evidence rise: amount 7 but "zes procent" reads as 6',
    ]);
  });

  it("catches a 1000x error between miljard and biljoen in a deal value", () => {
    const problems = problemsOf(
      mutated((d) => {
        const merger = deal(d, "spacex-xai-merger");
        merger.value!.amount = "1250000000000000";
        merger.evidence.find((e) => e.key === "value")!.figure!.amount = "1250000000000000";
      }),
    );
    expect(problems).toEqual([
      'deal spacex-xai-merger › evidence value: amount 1250000000000000 but "1250 miljard dollar" reads as 1250000000000',
    ]);
  });

  it("fails when a deal's headline value disagrees with its evidence", () => {
    const problems = problemsOf(mutated((d) => void (deal(d, "meta-amd-instinct").value!.amount = "10000000000")));
    expect(problems).toEqual([
      "deal meta-amd-instinct: value 10000000000 differs from its evidence figure 100000000000",
    ]);
  });

  it("fails on a wrong unit, a wrong qualifier and an unmarked implied unit", () => {
    const problems = problemsOf(
      mutated((d) => {
        deal(d, "meta-amd-instinct").evidence.find((e) => e.key === "warrant")!.figure!.unit = "USD";
        deal(d, "nvidia-us-ai-infrastructure").evidence.find((e) => e.key === "value")!.figure!.qualifier = undefined;
        delete deal(d, "spacex-invests-in-xai").evidence[0]!.figure!.unitImplied;
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^deal nvidia-us-ai-infrastructure › evidence value: qualifier none but .* reads as up_to/,
    );
    expect(problems[1]).toMatch(/^deal spacex-invests-in-xai › evidence value: "2 miljard" names no unit/);
    expect(problems[2]).toMatch(/^deal meta-amd-instinct › evidence warrant: unit USD but .* reads as shares/);
  });

  it("fails on a quote that matches two places, a missing date and an unknown company", () => {
    const problems = problemsOf(
      mutated((d) => {
        const terafab = deal(d, "tesla-terafab");
        terafab.evidence = terafab.evidence.filter((e) => e.claim !== "date");
        terafab.evidence[0]!.quote = "Model S en Model X";
        d.events[0]!.companies.push("intel");
      }),
    );
    expect(problems.join("\n")).toContain("deal tesla-terafab › evidence reason: quote occurs more than once");
    expect(problems.join("\n")).toContain('deal tesla-terafab: no evidence with claim "date"');
    expect(problems.join("\n")).toContain("event samsung-shares-rise-on-tesla-order: unknown company intel");
  });

  it("names the record in a schema error", () => {
    const problems = problemsOf(mutated((d) => void (deal(d, "spacex-ipo").value!.amount = "50 miljard")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deal spacex-ipo › value\.amount: an exact decimal/);
  });
});
