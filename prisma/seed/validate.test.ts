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
const event = (d: typeof seedData, slug: string) => d.events.find((x) => x.slug === slug)!;

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
        const terafab = event(d, "tesla-terafab");
        terafab.evidence = terafab.evidence.filter((e) => e.claim !== "date");
        terafab.evidence[0]!.quote = "Model S en Model X";
        event(d, "samsung-shares-rise-on-tesla-order").companies.push("intel");
      }),
    );
    expect(problems.join("\n")).toContain("event tesla-terafab › evidence plan: quote occurs more than once");
    expect(problems.join("\n")).toContain('event tesla-terafab: a stated date needs evidence with claim "date"');
    expect(problems.join("\n")).toContain("event samsung-shares-rise-on-tesla-order: unknown company intel");
  });

  it("rejects a quote from a file's dateline or front matter: only the body may be cited", () => {
    const problems = problemsOf(
      mutated((d) => {
        deal(d, "tesla-samsung-ai6-foundry").evidence.push({
          key: "date",
          article: "samsung-wins-tesla-ai6-chip-order",
          claim: "date",
          label: "Reported July 2025",
          gloss: "date 2025-07",
          quote: "date 2025-07",
        });
        deal(d, "meta-amd-instinct").evidence.push({
          key: "date",
          article: "meta-buys-amd-ai-chips",
          claim: "date",
          label: "Reported 24 Feb 2026",
          gloss: "date",
          quote: "date: 2026-02-24T15:58:28.484Z",
        });
      }),
    );
    expect(problems.join("\n")).toContain(
      'deal tesla-samsung-ai6-foundry › evidence date: quote is in the header of article samsung-wins-tesla-ai6-chip-order (front matter or dateline), not its body: "date 2025-07"',
    );
    expect(problems.join("\n")).toContain("deal meta-amd-instinct › evidence date: quote is in the header");
  });

  it("rejects a reported date that is no cited article's publication date", () => {
    const problems = problemsOf(mutated((d) => void (deal(d, "spacex-ipo").announced = "2026-03")));
    expect(problems).toEqual([
      "deal spacex-ipo: a reported date 2026-03 is not the publication date of any article it cites",
    ]);
  });

  it("checks a change's direction against the quote's verbs", () => {
    const problems = problemsOf(
      mutated((d) => {
        const results = event(d, "tesla-2025-annual-results").evidence;
        results.find((e) => e.key === "operating-profit-change")!.figure!.direction = "up";
        delete results.find((e) => e.key === "revenue-change")!.figure!.direction;
        event(d, "samsung-shares-rise-on-tesla-order").evidence[0]!.figure!.direction = "down";
      }),
    );
    expect(problems).toEqual([
      "event samsung-shares-rise-on-tesla-order › evidence rise: direction down but the quote says no such thing",
      "event tesla-2025-annual-results › evidence operating-profit-change: direction up but the quote says no such thing",
      'event tesla-2025-annual-results › evidence revenue-change: a percent_change needs its direction ("up" or "down")',
    ]);
  });

  it("fails when a non-USD amount has no exchange rate", () => {
    const problems = problemsOf(mutated((d) => void (d.fxRates = [])));
    expect(problems).toHaveLength(4);
    expect(problems[0]).toBe(
      "event tesla-2025-annual-results › evidence gross-profit: EUR amount has no exchange rate for 2026-01-29 in fx-rates.ts",
    );
  });

  it("requires an English gloss beside every quote, the same for the same quote", () => {
    expect(problemsOf(mutated((d) => void (deal(d, "spacex-ipo").evidence[0]!.gloss = " "))).join("\n")).toMatch(
      /deal spacex-ipo › evidence.0.gloss: an English gloss of the quote/,
    );
    const problems = problemsOf(
      mutated((d) => void (deal(d, "spacex-invests-in-xai").parties[0]!.evidence[0]!.gloss = "Something else")),
    );
    expect(problems).toEqual([
      "deal spacex-invests-in-xai › evidence party-spacex: the same quote has another gloss elsewhere",
    ]);
  });

  it("names the record in a schema error", () => {
    const problems = problemsOf(mutated((d) => void (deal(d, "spacex-ipo").value!.amount = "50 miljard")));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^deal spacex-ipo › value\.amount: an exact decimal/);
  });
});
