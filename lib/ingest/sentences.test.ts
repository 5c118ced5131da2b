import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/ingest/sentences";

describe("splitSentences", () => {
  it("gives trimmed sentences whose text is exactly the body at their offsets", () => {
    const body =
      "  ASML investeert 1,3 miljard euro in Mistral. Dat meldt Reuters.\n\nKop zonder punt\nDe deal is rond. ";
    const sentences = splitSentences(body, "nl");
    expect(sentences.map((s) => s.text)).toEqual([
      "ASML investeert 1,3 miljard euro in Mistral.",
      "Dat meldt Reuters.",
      "Kop zonder punt",
      "De deal is rond.",
    ]);
    for (const s of sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 2]);
  });

  it("counts UTF-16 code units, as Evidence offsets do", () => {
    const body = "Café 👍 koopt. Émile verkoopt €5 miljard.";
    const [, second] = splitSentences(body, "nl");
    expect(second).toMatchObject({ text: "Émile verkoopt €5 miljard.", start: 15 });
    expect(body.slice(second!.start, second!.end)).toBe(second!.text);
  });

  it("does not end a sentence after an abbreviation", () => {
    const en = splitSentences("Mr. Smith said Nvidia will invest. It raised $1.3 bn. from investors.", "en");
    expect(en.map((s) => s.text)).toEqual(["Mr. Smith said Nvidia will invest.", "It raised $1.3 bn. from investors."]);
    const nl = splitSentences("Het kost 100 mld. euro per jaar. Dat is veel.", "nl");
    expect(nl.map((s) => s.text)).toEqual(["Het kost 100 mld. euro per jaar.", "Dat is veel."]);
  });
});
