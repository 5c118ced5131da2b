import { describe, expect, it } from "vitest";
import { reviewChanges } from "./changes";
import { Review } from "./review";
import type { Extraction } from "./types";

const evidence = [{ quote: "Microsoft koopt voor 2,5 miljard dollar AI-chips bij AMD.", start: 0, end: 57 }];
const candidate = {
  title: "Microsoft buys from AMD",
  parties: [{ name: "Microsoft", slug: "microsoft", role: "customer" }],
  amount: "2500000000",
  currency: "USD",
  valueKind: "firm" as const,
  announcedOn: null,
  matches: null,
  evidence,
};
const extraction: Extraction = { deals: [candidate, { ...candidate, title: "Other" }], figures: [], companies: [] };

describe("reviewChanges", () => {
  it("names each edited field and each rejected candidate", () => {
    const review = Review.parse({
      deals: [
        {
          candidate: 0,
          title: "Microsoft buys AI chips from AMD",
          kind: "chip_purchase",
          summary: "x".repeat(40),
          parties: [
            { company: "microsoft", role: "customer" },
            { company: "amd", role: "supplier" },
          ],
          amount: "2500000000",
          currency: "USD",
          valueKind: "up_to",
          announcedOn: null,
          evidence,
        },
      ],
    });
    expect(reviewChanges(extraction, review)).toEqual([
      'candidate 1 title: "Microsoft buys from AMD" → "Microsoft buys AI chips from AMD"',
      'candidate 1 value kind: "firm" → "up_to"',
      'candidate 1 parties: "microsoft/customer" → "amd/supplier, microsoft/customer"',
      "candidate 2 rejected",
    ]);
  });
});
