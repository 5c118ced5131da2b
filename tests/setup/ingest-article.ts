// A short made-up Dutch article for the ingest tests (not a real one), with a review of it.
import type { ReviewInput } from "@/lib/ingest/review";

export const INGEST_ARTICLE = [
  "Microsoft koopt voor 2,5 miljard dollar AI-chips bij AMD, meldde het concern dinsdag.",
  "De Nederlandse start-up Kiemchip levert de koeling voor de nieuwe servers van Microsoft.",
  "Beurskenners noemen het de grootste chiporder van dit kwartaal.",
].join(" ");

export const INGEST_INPUT = {
  text: INGEST_ARTICLE,
  title: "Microsoft koopt AI-chips bij AMD",
  outlet: "Testkrant",
  url: "https://example.com/microsoft-amd",
  publishedOn: "2026-03-10",
  language: "nl",
} as const;

const sentence = (n: number) => {
  const quote = INGEST_ARTICLE.split(/(?<=\.) /)[n]!;
  const start = INGEST_ARTICLE.indexOf(quote);
  return { quote, start, end: start + quote.length };
};

export const SENTENCES = [sentence(0), sentence(1), sentence(2)] as const;

/** A review an analyst could send: one new deal with a new company. */
export function reviewOf(overrides: Partial<ReviewInput["deals"][number]> = {}): ReviewInput {
  return {
    deals: [
      {
        title: "Microsoft buys AI chips from AMD",
        kind: "chip_purchase",
        status: "announced",
        summary: "Microsoft buys AI chips from AMD for $2.5 billion; the Dutch start-up Kiemchip supplies the cooling.",
        parties: [
          { company: "microsoft", role: "customer", name: "Microsoft" },
          { company: "amd", role: "supplier", name: "AMD" },
          { company: "kiemchip", role: "supplier", name: "Kiemchip" },
        ],
        amount: "2500000000",
        currency: "USD",
        valueKind: "firm",
        usd: null,
        announcedOn: "2026-03-10",
        matches: null,
        evidence: [SENTENCES[0], SENTENCES[1]],
        ...overrides,
      },
    ],
    newCompanies: [
      { slug: "kiemchip", name: "Kiemchip", kind: "electronics_manufacturer", country: "NL", aliases: [] },
    ],
  };
}
