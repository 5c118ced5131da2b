import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/ingest/dates";

const first = (text: string, published?: string, lang: "nl" | "en" = "nl") =>
  findDates(text, lang, published)[0]?.value ?? null;

describe("findDates", () => {
  const cases: ReadonlyArray<readonly [string, string | undefined, string | null]> = [
    // absolute, the year from the publication date
    ["Op 28 januari tekenden ze.", "2025-03-02", "2025-01-28"],
    ["Op 11 september meldde OpenAI het contract.", "2025-09-23", "2025-09-11"],
    ["Op 28 december tekenden ze.", "2026-01-05", "2025-12-28"],
    ["Op 3 maart 2024 tekenden ze.", undefined, "2024-03-03"],
    ["Nvidia said on September 8 that it agreed.", "2025-09-20", "2025-09-08"],
    ["It was announced on Sept. 8, 2025.", undefined, "2025-09-08"],
    // month precision: never a made-up day
    ["Begin januari maakte Nvidia de deal bekend.", "2025-02-10", "2025-01"],
    ["Het plaatste in september obligaties.", "2025-10-01", "2025-09"],
    ["Eind augustus had het bedrijf schulden.", "2025-09-23", "2025-08"],
    ["De deal werd in juli 2024 gesloten.", undefined, "2024-07"],
    // relative to the publication date
    ["De chipmaker maakte de deal dinsdag bekend.", "2025-09-09", "2025-09-09"],
    ["Reuters bericht maandag al over de investering.", "2025-09-09", "2025-09-08"],
    ["Shares soared on Monday after the deal.", "2025-09-08", "2025-09-08"],
    ["Gisteren tekende OpenAI.", "2025-09-09", "2025-09-08"],
    ["Vorige week sloot Oracle een deal.", "2025-09-24", "2025-09"],
    ["Last week Oracle signed a deal.", "2025-09-03", "2025-08"],
    ["Last week Oracle signed a deal.", "2025-10-08", null],
    ["Vorig jaar haalde het bedrijf geld op.", "2025-06-13", "2024"],
    ["Nebius changed its name last year.", "2025-09-08", "2024"],
    ["Eerder deze maand steeg de koers.", "2025-09-23", "2025-09"],
    ["Vorige maand tekende Meta.", "2025-01-15", "2024-12"],
    // without a publication date a relative or yearless date is not guessed
    ["De chipmaker maakte de deal dinsdag bekend.", undefined, null],
    ["Op 11 september meldde OpenAI het contract.", undefined, null],
    ["Begin januari maakte Nvidia de deal bekend.", "2025-02", "2025-01"],
    ["De deal werd maandag getekend.", "2025-02", null],
    // not dates of a deal
    ["Founded in 1989, Nebius has grown.", "2025-09-08", null],
    ["In het fiscale jaar 2026 groeide de omzet.", "2025-09-08", null],
    ["Het contract loopt over vijf jaar.", "2025-09-08", null],
  ];
  it.each(cases)("%s (published %s)", (text, published, expected) => {
    expect(first(text, published, /\b(?:the|on|was|last|it)\b/i.test(text) ? "en" : "nl")).toBe(expected);
  });

  it("gives each date's offsets in the sentence", () => {
    const text = "Op 11 september meldde OpenAI het contract.";
    const [date] = findDates(text, "nl", "2025-09-23");
    expect(text.slice(date!.start, date!.end)).toBe("11 september");
  });
});
