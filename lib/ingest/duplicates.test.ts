import { describe, expect, it } from "vitest";
import { findMatchingDeal } from "@/lib/ingest/duplicates";
import type { KnownData } from "@/lib/ingest/types";

const known: KnownData = {
  companies: [],
  deals: [
    { slug: "nvidia-openai", partySlugs: ["nvidia", "openai"], amount: "100000000000", currency: "USD" },
    { slug: "asml-mistral", partySlugs: ["asml", "mistral"], amount: "1300000000", currency: "EUR" },
    { slug: "no-value", partySlugs: ["amd", "openai"], amount: null, currency: null },
  ],
};

describe("findMatchingDeal", () => {
  it("matches the same parties (in any order) and an amount within 1%", () => {
    expect(findMatchingDeal(["openai", "nvidia"], "100000000000", "USD", known)).toBe("nvidia-openai");
    expect(findMatchingDeal(["nvidia", "openai"], "101000000000", "USD", known)).toBe("nvidia-openai");
    expect(findMatchingDeal(["nvidia", "openai"], "99000000000", "USD", known)).toBe("nvidia-openai");
    expect(findMatchingDeal(["asml", "mistral"], "1300000000.5", "EUR", known)).toBe("asml-mistral");
  });

  it("does not match past 1%, in another currency, or with other parties", () => {
    expect(findMatchingDeal(["nvidia", "openai"], "101000000001", "USD", known)).toBeNull();
    expect(findMatchingDeal(["nvidia", "openai"], "98900000000", "USD", known)).toBeNull();
    expect(findMatchingDeal(["nvidia", "openai"], "100000000000", "EUR", known)).toBeNull();
    expect(findMatchingDeal(["nvidia"], "100000000000", "USD", known)).toBeNull();
    expect(findMatchingDeal(["nvidia", "openai", "oracle"], "100000000000", "USD", known)).toBeNull();
  });

  it("never matches a candidate with a company not in the database or without an amount", () => {
    expect(findMatchingDeal(["nvidia", null], "100000000000", "USD", known)).toBeNull();
    expect(findMatchingDeal(["amd", "openai"], null, null, known)).toBeNull();
  });
});
