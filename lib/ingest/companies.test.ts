import { describe, expect, it } from "vitest";
import { findCompanies } from "@/lib/ingest/companies";
import { splitSentences } from "@/lib/ingest/sentences";
import type { KnownData } from "@/lib/ingest/types";

const known: KnownData = {
  companies: [
    { slug: "nvidia", name: "Nvidia", aliases: ["Nvidia"] },
    { slug: "alphabet", name: "Alphabet", aliases: ["Google-moeder Alphabet", "Alphabet"] },
    { slug: "tsmc", name: "TSMC", aliases: ["Taiwan Semiconductor Manufacturing Co.", "TSMC"] },
    { slug: "x", name: "X", aliases: ["X"] },
  ],
  deals: [],
};

function names(text: string, lang: "nl" | "en" = "nl", data: KnownData = known) {
  return findCompanies(splitSentences(text, lang), data).companies.map((c) => [c.name, c.slug]);
}

describe("findCompanies", () => {
  it("finds known companies by name and alias, with their slug", () => {
    expect(names("De chips komen van Taiwan Semiconductor Manufacturing Co. en Nvidia verkoopt ze.")).toEqual([
      ["TSMC", "tsmc"],
      ["Nvidia", "nvidia"],
    ]);
  });

  it("still finds the company an alias mentions in passing", () => {
    expect(names("Nvidia levert onder meer aan Google-moeder Alphabet.")).toEqual([
      ["Nvidia", "nvidia"],
      ["Google", null],
      ["Alphabet", "alphabet"],
    ]);
  });

  it("proposes unknown proper nouns as new companies", () => {
    expect(
      names("ASML investeert in de Franse start-up Mistral. Mistral haalt geld op bij DST Global en General Catalyst."),
    ).toEqual([
      ["ASML", null],
      ["Mistral", null],
      ["DST Global", null],
      ["General Catalyst", null],
    ]);
  });

  it("names a company by its formal name when one is written", () => {
    const found = names("Shares of Nebius Group soared. Nebius said it will grow. Later Nebius added staff.", "en");
    expect(found).toEqual([["Nebius Group", null]]);
  });

  it("leaves out media outlets, places, nationalities, products and regulators", () => {
    const text =
      "Dat meldt Bloomberg. Volgens The Information en persbureau Reuters bouwt OpenAI in Texas en Amsterdam. " +
      "De Franse start-up Mistral heeft een assistent genaamd Le Chat. In een filing bij de SEC noemt OpenAI ChatGPT.";
    expect(names(text, "nl", { companies: [], deals: [] }).map(([n]) => n)).toEqual(["OpenAI", "Mistral"]);
  });

  it("leaves out people named with a title, a first name or a verb of speech", () => {
    const text =
      "Topman Arthur Mensch van Mistral is blij. Nvidia CEO Jensen Huang told CNBC's Ari Levy so. " +
      'Satya Nadella kijkt toe. "Goed nieuws", zegt Mensch. Wiz was founded in 2020 by Assaf Rappaport.';
    expect(names(text, "en").map(([n]) => n)).toEqual(["Mistral", "Nvidia", "Wiz"]);
  });

  it("does not take a capitalised sentence opener for a name", () => {
    expect(names("Kenners beschouwen het als een kans. Analisten zijn positief over Cerebras.", "nl")).toEqual([
      ["Cerebras", null],
    ]);
  });

  it("accepts a name at a sentence start when something marks it as a company", () => {
    expect(names("CoreWeave tekende een contract. Lambda Labs volgde.", "nl", { companies: [], deals: [] })).toEqual([
      ["CoreWeave", null],
      ["Lambda Labs", null],
    ]);
  });

  it("ignores one-letter aliases and model numbers", () => {
    expect(
      names("Volgens Tesla stopt de Model S en X. OpenAI koopt Instinct MI450-chips.", "nl").map(([n]) => n),
    ).toEqual(["Tesla", "OpenAI"]);
  });
});
