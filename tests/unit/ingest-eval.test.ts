import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDevSet, loadDataset } from "@/lib/ingest/eval/dataset";
import { pct, scoreArticle, sumScores, TARGETS } from "@/lib/ingest/eval/score";
import { extractArticle } from "@/lib/ingest/extract";
import { loadKnownData } from "@/lib/ingest/known-data";
import type { KnownData } from "@/lib/ingest/types";

// The accuracy targets on the repository's own fixture articles and, where this machine
// has it, on the shared development set. Known data from the seeded test database, and none.

const ROOT = path.resolve(__dirname, "../..");
const sets = [
  path.join(ROOT, "tests/fixtures/ingest"),
  path.join(ROOT, "tests/fixtures/ingest-holdout"),
  findDevSet(ROOT),
].filter((d): d is string => d !== null);

async function knownSets(): Promise<[string, KnownData][]> {
  return [
    ["seeded database", await loadKnownData(process.env.DATABASE_URL!)],
    ["no known data", { companies: [], deals: [] }],
  ];
}

describe.each(sets)("extraction accuracy on %s", (dir) => {
  it("meets every target, with and without the database's companies", async () => {
    const { articles, expected } = loadDataset(dir);
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const [label, known] of await knownSets()) {
      const scores = articles.map((article) => {
        const reading = expected.find((e) => e.file === article.file);
        expect(reading, article.file).toBeDefined();
        const got = extractArticle(article.body, { lang: article.lang, published: article.published }, known);
        return scoreArticle(article, reading!, got);
      });
      const total = sumScores(scores);
      for (const key of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
        expect(pct(total[key]), `${label}: ${key} (${total.misses.join("; ")})`).toBeGreaterThanOrEqual(TARGETS[key]);
      }
    }
  });
});

describe("scoreArticle", () => {
  it("counts misses, wrong kinds, false deals and quotes off their offsets", () => {
    const article = { file: "a.txt", body: "ASML investeert 1,3 miljard euro in Mistral.", lang: "nl" as const };
    const score = scoreArticle(
      article,
      {
        file: "a.txt",
        deals: [
          { parties: ["ASML", "Mistral"], amount: 1300000000, currency: "EUR", value_kind: "firm", quote: "" },
          { parties: ["Nvidia"], amount: 5, currency: "USD", value_kind: "firm", quote: "" },
        ],
        companies: ["ASML", "Mistral AI"],
      },
      {
        deals: [
          {
            title: "t",
            parties: [{ name: "ASML", slug: null, role: null }],
            amount: "1300000000",
            currency: "EUR",
            valueKind: "estimate",
            announcedOn: null,
            matches: null,
            evidence: [{ quote: "ASML", start: 1, end: 5 }],
          },
          {
            title: "u",
            parties: [],
            amount: "7",
            currency: "USD",
            valueKind: "firm",
            announcedOn: null,
            matches: null,
            evidence: [{ quote: "ASML", start: 0, end: 4 }],
          },
        ],
        figures: [],
        companies: [{ name: "Mistral", slug: null }],
      },
    );
    expect(score.amountRecall).toEqual({ hit: 1, total: 2 });
    expect(score.parties).toEqual({ hit: 1, total: 2 });
    expect(score.valueKind).toEqual({ hit: 0, total: 1 });
    expect(score.companies).toEqual({ hit: 1, total: 2 });
    expect(score.precision).toEqual({ hit: 1, total: 2 });
    expect(score.quotes).toEqual({ hit: 1, total: 2 });
  });
});
