import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvDealFromDto, formatDealsCsv } from "@/tests/setup/csv-from-dto";
import { csvFilename, csvStream, DealCsvQuerySchema, filterSlug } from "./csv";
import { CSV_COLUMNS, formatCsvRows } from "./csv-format";
import type { DealDto } from "./schemas";

/** What a cell must read after the formula guard: a ' before what a spreadsheet would run. */
const guardText = (value: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value);

function deal(overrides: Partial<DealDto> = {}): DealDto {
  return {
    slug: "tesla-samsung-ai6-foundry",
    title: "Tesla and Samsung: AI6 foundry deal",
    kind: "foundry_contract",
    status: "announced",
    announcedOn: "2025-07",
    announcedPrecision: "month",
    announcedBasis: "announced",
    term: { years: 8, start: null, end: null, note: "through 2033" },
    value: { amount: "16500000000", currency: "USD", kind: "firm", usd: "16500000000" },
    parties: [
      { company: "tesla", name: "Tesla", role: "customer" },
      { company: "samsung-electronics", name: "Samsung Electronics", role: "foundry" },
    ],
    chips: ["AI6", "AI5"],
    locations: ["Taylor, Texas"],
    summary: "Samsung makes Tesla's AI6 chips.",
    sources: [
      source({ article: "a-1", claim: "party", quote: "Tesla en Samsung" }),
      source({ article: "a-2", claim: "value", quote: "een contract van 16,5 miljard dollar" }),
      source({ article: "a-1", claim: "date", quote: "in juli" }),
    ],
    ...overrides,
  } as DealDto;
}

function source(s: Pick<DealDto["sources"][number], "article" | "claim" | "quote">): DealDto["sources"][number] {
  return {
    id: `deal--x--${s.claim}`,
    title: "t",
    publishedOn: "2025-07-28",
    quoteStart: 0,
    quoteEnd: s.quote.length,
    label: "l",
    gloss: null,
    party: null,
    figure: null,
    ...s,
  };
}

type Row = Record<string, string>;
const parseCsv = (text: string, delimiter = ",") =>
  parse(text, { columns: true, delimiter, bom: true, relax_column_count: false }) as Row[];
/** The single record of a one-deal CSV. */
const parseOne = (text: string, delimiter = ","): Row => {
  const rows = parseCsv(text, delimiter);
  expect(rows).toHaveLength(1);
  return rows[0] as Row;
};

const TEXT_COLUMNS = CSV_COLUMNS.filter((c) => !["term_years", "value_amount", "value_usd"].includes(c));

describe("formatDealsCsv", () => {
  it("writes the stable snake_case header and the flattened fields", () => {
    const text = formatDealsCsv([deal()]);
    const [header] = text.split("\r\n");
    expect(header).toBe(
      "slug,title,kind,status,announced_on,announced_precision,announced_basis,term_years,term_note,value_amount,value_currency,value_kind,value_usd,chips,locations,parties,party_slugs,source_articles,value_quote,summary",
    );
    expect(parseCsv(text)).toEqual([
      {
        slug: "tesla-samsung-ai6-foundry",
        title: "Tesla and Samsung: AI6 foundry deal",
        kind: "foundry_contract",
        status: "announced",
        announced_on: "2025-07",
        announced_precision: "month",
        announced_basis: "announced",
        term_years: "8",
        term_note: "through 2033",
        value_amount: "16500000000",
        value_currency: "USD",
        value_kind: "firm",
        value_usd: "16500000000",
        chips: "AI6; AI5",
        locations: "Taylor, Texas",
        parties: "Tesla (customer); Samsung Electronics (foundry)",
        party_slugs: "tesla;samsung-electronics",
        source_articles: "a-1; a-2",
        value_quote: "een contract van 16,5 miljard dollar",
        summary: "Samsung makes Tesla's AI6 chips.",
      },
    ]);
  });

  it("uses CRLF record ends, quotes only where needed and doubles quotes", () => {
    const text = formatDealsCsv([deal({ title: 'He said "hi", then\nleft', summary: "plain" })]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text).toContain(',"He said ""hi"", then\nleft",');
    expect(text).toContain(",plain\r\n");
    expect(text.split("\r\n")).toHaveLength(3);
  });

  it("leaves absent values empty", () => {
    const row = parseOne(formatDealsCsv([deal({ term: null, value: null, sources: [], chips: [], locations: [] })]));
    for (const c of [
      "term_years",
      "term_note",
      "value_amount",
      "value_currency",
      "value_kind",
      "value_usd",
      "chips",
      "locations",
      "source_articles",
      "value_quote",
    ]) {
      expect(row[c], c).toBe("");
    }
  });

  it("writes only the header for no deals", () => {
    expect(formatDealsCsv([])).toBe(`${CSV_COLUMNS.join(",")}\r\n`);
    expect(formatDealsCsv([], { header: false })).toBe("");
  });

  const NASTY = [
    "comma, inside",
    'quote " inside',
    '"starts with quote',
    "new\nline",
    "crlf\r\nline",
    "lone\rcr",
    "café Zuid-Koreaanse",
    "Tesla’s AI6",
    "中文芯片",
    "emoji 🚀🇳🇱",
    "=1+2",
    "+31 20 123",
    "-5%",
    "@SUM(A1)",
    "\tindented",
    "\rcarriage",
    "  spaces  ",
    ";semi;colon",
    "",
  ];

  it.each(["rfc4180", "excel-nl"] as const)("round-trips nasty text in every text column (%s)", (dialect) => {
    const deals = NASTY.map((s, i) =>
      deal({
        slug: s,
        title: s,
        summary: s,
        term: { years: i, start: null, end: null, note: s },
        chips: [s],
        locations: [s],
        parties: [{ company: s, name: s, role: "customer" }],
        sources: [source({ article: s, claim: "value", quote: s })],
      }),
    );
    const rows = parseCsv(formatDealsCsv(deals, { dialect }), dialect === "excel-nl" ? ";" : ",");
    expect(rows).toHaveLength(NASTY.length);
    rows.forEach((row, i) => {
      const s = NASTY[i] as string;
      const guarded = guardText(s);
      expect(row.slug).toBe(guarded);
      expect(row.title).toBe(guarded);
      expect(row.summary).toBe(guarded);
      expect(row.term_note).toBe(guarded);
      expect(row.chips).toBe(guarded);
      expect(row.locations).toBe(guarded);
      expect(row.value_quote).toBe(guarded);
      expect(row.source_articles).toBe(guarded);
      expect(row.party_slugs).toBe(guarded);
      // The cell starts with the name, so the guard looks at the name.
      expect(row.parties).toBe(guardText(`${s} (customer)`));
      expect(row.term_years).toBe(String(i));
      expect(Number(row.term_years)).toBe(i);
    });
  });

  it("round-trips arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), (title, summary) => {
        const row = parseOne(formatDealsCsv([deal({ title, summary })]));
        expect(row.title).toBe(guardText(title));
        expect(row.summary).toBe(guardText(summary));
        expect(row.value_amount).toBe("16500000000");
      }),
      { numRuns: 300 },
    );
  });

  it("guards only the dangerous starts, in text cells only", () => {
    const title = (s: string) => parseOne(formatDealsCsv([deal({ title: s })])).title;
    for (const s of ["=", "+", "-", "@", "\t", "\r", "\uFF1D"]) expect(title(`${s}x`)).toBe(`'${s}x`);
    for (const s of ["x=", " =", "'", "1", "", "é"]) expect(title(s)).toBe(s);
    const row = parseOne(
      formatDealsCsv([
        deal({ value: { amount: "114.29", currency: "EUR", kind: "estimate", usd: "133.7", fx: null } }),
      ]),
    );
    expect(row.value_amount).toBe("114.29");
    expect(row.value_usd).toBe("133.7");
    expect(Number(row.value_amount)).toBe(114.29);
    for (const c of TEXT_COLUMNS) expect(row[c]?.startsWith("'"), c).toBe(false);
  });

  it("writes the excel-nl dialect with semicolons and decimal commas", () => {
    const text = formatDealsCsv(
      [
        deal({
          value: { amount: "114.29", currency: "EUR", kind: "estimate", usd: "16500000000", fx: null },
          term: null,
        }),
      ],
      {
        dialect: "excel-nl",
      },
    );
    expect(text.split("\r\n")[0]).toBe(CSV_COLUMNS.join(";"));
    expect(text).toContain(";114,29;EUR;estimate;16500000000;");
    const row = parseOne(text, ";");
    expect(row.value_amount).toBe("114,29");
    expect(Number(row.value_amount?.replace(",", "."))).toBe(114.29);
    expect(row.locations).toBe("Taylor, Texas");
    expect(row.term_years).toBe("");
  });
});

describe("csvStream", () => {
  async function read(stream: ReadableStream<Uint8Array>) {
    const chunks: string[] = [];
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(decoder.decode(chunk));
    return chunks;
  }
  async function* batches(...bs: DealDto[][]) {
    for (const b of bs) yield formatCsvRows(b.map(csvDealFromDto), { header: false });
  }

  it("writes the header once and one chunk per batch", async () => {
    const chunks = await read(
      csvStream(batches([deal({ slug: "a" })], [deal({ slug: "b" }), deal({ slug: "c" })]), {
        dialect: "rfc4180",
        bom: false,
      }),
    );
    expect(chunks).toHaveLength(2);
    const text = chunks.join("");
    expect(text.match(/^slug,/gm)).toHaveLength(1);
    expect(parseCsv(text).map((r) => r.slug)).toEqual(["a", "b", "c"]);
  });

  it("writes the BOM and header for no rows", async () => {
    const chunks = await read(csvStream(batches(), { dialect: "excel-nl", bom: true }));
    expect(chunks.join("")).toBe(`\uFEFF${CSV_COLUMNS.join(";")}\r\n`);
  });

  it("gives up on a client that leaves a piece unread, and ends the pieces", async () => {
    let ended = false;
    async function* pieces() {
      try {
        for (const slug of ["a", "b", "c"]) yield formatCsvRows([csvDealFromDto(deal({ slug }))], { header: false });
      } finally {
        ended = true;
      }
    }
    const reader = csvStream(pieces(), { dialect: "rfc4180", bom: false, stallMs: 50 }).getReader();
    expect((await reader.read()).done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    // Read in time: the stream goes on.
    expect((await reader.read()).done).toBe(false);
    expect(ended).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(ended).toBe(true);
    await expect(reader.read()).rejects.toThrow(/left unread for 50 ms/);
  });
});

describe("filenames", () => {
  const q = (params: Record<string, string | string[]>) => DealCsvQuerySchema.parse(params);
  const day = new Date("2026-02-03T23:59:00Z");

  it("names the filters in a fixed order", () => {
    expect(csvFilename(q({}), day)).toBe("chip-deals_all_2026-02-03.csv");
    expect(csvFilename(q({ kind: ["foundry_contract"], company: ["tesla"] }), day)).toBe(
      "chip-deals_company-tesla_kind-foundry_contract_2026-02-03.csv",
    );
    expect(csvFilename(q({ dialect: "excel-nl", sort: "title" }), day)).toBe("chip-deals_all_2026-02-03-excel-nl.csv");
  });

  it("keeps to [a-z0-9_-] and about 80 characters", () => {
    const slug = filterSlug(
      q({ q: 'Tésla’s "AI6" / 中文 = 🚀', company: Array.from({ length: 20 }, (_, i) => `company-${i}`) }),
    );
    expect(slug).toMatch(/^[a-z0-9_-]+$/);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(filterSlug(q({ q: 'Tésla’s "AI6"' }))).toBe("q-tesla-s-ai6");
    expect(filterSlug(q({ q: "中文" }))).toBe("q");
    expect(filterSlug(q({ minUsd: "114.29" }))).toBe("minusd-114-29");
  });
});
