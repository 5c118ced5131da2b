import { describe, expect, it } from "vitest";
import { initialDrafts, NEW_COMPANY, toReview } from "./draft";
import { Review } from "./review";
import type { Extraction } from "./types";

const extraction: Extraction = {
  deals: [
    {
      title: "Microsoft buys from AMD",
      parties: [
        { name: "Microsoft", slug: "microsoft", role: "customer" },
        { name: "Kiemchip", slug: null, role: "supplier" },
      ],
      amount: "2500000000",
      currency: "USD",
      valueKind: "firm",
      announcedOn: null,
      matches: "some-deal",
      evidence: [{ quote: "Microsoft koopt voor 2,5 miljard dollar AI-chips bij AMD.", start: 0, end: 57 }],
    },
  ],
  figures: [],
  companies: [],
};

describe("review drafts", () => {
  it("start from the candidates: a new company for an unknown party, the kind guessed from the roles", () => {
    const [draft] = initialDrafts(extraction);
    expect(draft).toMatchObject({ keep: true, kind: "supply_agreement", secondSource: true, announcedOn: "" });
    expect(draft!.parties[1]).toMatchObject({ company: NEW_COMPANY, newName: "Kiemchip", role: "supplier" });
  });

  it("become a valid accept request, new companies listed once, rejected candidates left out", () => {
    const [draft] = initialDrafts(extraction);
    const edited = {
      ...draft!,
      secondSource: false,
      summary: "Microsoft buys AI chips from AMD for 2.5 billion dollars.",
      parties: draft!.parties.map((p) => ({ ...p, newKind: "electronics_manufacturer", newCountry: "nl" })),
    };
    const review = toReview([edited, { ...edited, keep: false }]);
    expect(review.deals).toHaveLength(1);
    expect(review.deals[0]).toMatchObject({ matches: null, announcedOn: null, usd: null });
    expect(review.deals[0]!.parties.map((p) => p.company)).toEqual(["microsoft", "kiemchip"]);
    expect(review.newCompanies).toEqual([
      { slug: "kiemchip", name: "Kiemchip", kind: "electronics_manufacturer", country: "NL", aliases: [] },
    ]);
    expect(Review.safeParse(review).success).toBe(true);
  });
});
