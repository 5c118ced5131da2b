import { describe, expect, it } from "vitest";
import type { SourceDto } from "@/lib/deals/schemas";
import { groupBySentence } from "./group-sources";

const source = (id: string, quoteStart: number, claim: SourceDto["claim"]): SourceDto => ({
  id,
  article: "a",
  title: "t",
  publishedOn: "2025-04",
  quote: `q${quoteStart}`,
  quoteStart,
  quoteEnd: quoteStart + 10,
  claim,
  label: id,
  gloss: `g${quoteStart}`,
  party: null,
  figure: null,
});

describe("groupBySentence", () => {
  it("shows a sentence once, with every claim it supports", () => {
    const groups = groupBySentence([
      source("value", 5, "value"),
      source("chip", 40, "chip"),
      source("term", 5, "term"),
      source("location", 40, "location"),
      source("party", 5, "party"),
    ]);
    expect(groups.map((g) => [g.id, g.gloss, g.claims.map((c) => c.claim)])).toEqual([
      ["value", "g5", ["value", "term", "party"]],
      ["chip", "g40", ["chip", "location"]],
    ]);
  });
});
