import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/deals.csv/route";
import { db } from "@/lib/db";
import { GET as json } from "@/app/api/deals/route";
import { DealCsvQuerySchema, streamDealsCsv } from "@/lib/deals/csv";
import { CSV_COLUMNS } from "@/lib/deals/csv-format";
import { formatDealsCsv } from "@/tests/setup/csv-from-dto";
import type { DealDto, DealListDto } from "@/lib/deals/schemas";

const csv = (query = "") => GET(new Request(`http://localhost/api/deals.csv${query ? `?${query}` : ""}`));

async function jsonList(query: string): Promise<DealListDto> {
  const response = await json(new Request(`http://localhost/api/deals?limit=500${query ? `&${query}` : ""}`));
  expect(response.status, query).toBe(200);
  return (await response.json()) as DealListDto;
}

const parseCsv = (text: string, delimiter = ",") =>
  parse(text, { columns: true, delimiter, bom: true }) as Record<string, string>[];

const HEADER = CSV_COLUMNS.join(",");

const DATE_AT_PRECISION = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
} as const;

const COMBINATIONS = [
  "",
  "company=tesla",
  "company=tsmc&company=amd",
  "company=tesla&role=customer",
  "role=packaging_test_partner",
  "kind=strategic_investment",
  "kind=funding_round&kind=share_offering",
  "valueKind=up_to",
  "valueKind=estimate",
  "from=2026-01-01",
  "from=2025-07-15&to=2025-07-20",
  "to=2025-06",
  "minUsd=100000000000",
  "maxUsd=2000000000",
  "minUsd=16500000000&maxUsd=16500000000",
  "q=TAIWAN semiconductor",
  "q=Zuid-Koreaanse",
  "q=%25",
  "q=creeert",
  "q=_",
  "company=nobody-at-all",
  "minUsd=999999999999999",
  "company=xai&kind=strategic_investment&from=2026-01&minUsd=1000000000",
  "company=spacex&role=acquirer&valueKind=valuation&q=bloomberg",
  "sort=announcedOn",
  "sort=-announcedOn",
  "sort=valueUsd",
  "sort=-valueUsd",
  "sort=title",
  "sort=-title",
  "company=tesla&sort=valueUsd",
  "from=2025&to=2026&sort=-title",
  "kind=strategic_investment&kind=merger_acquisition&sort=-valueUsd",
];

describe("GET /api/deals.csv matches GET /api/deals", () => {
  it("covers at least 20 combinations, some with no rows", () => {
    expect(COMBINATIONS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(COMBINATIONS)("?%s", async (query) => {
    const [response, list] = await Promise.all([csv(query), jsonList(query)]);
    expect(response.status).toBe(200);
    expect(response.headers.get("X-Total-Count")).toBe(String(list.total));
    expect(list.nextCursor).toBeNull();
    const text = await response.text();
    expect(text.startsWith(`${HEADER}\r\n`)).toBe(true);
    // Byte for byte what the pure formatter makes of the JSON rows.
    expect(text).toBe(formatDealsCsv(list.data));
    const rows = parseCsv(text);
    expect(rows.map((r) => r.slug)).toEqual(list.data.map((d) => d.slug));
    rows.forEach((row, i) => {
      const d = list.data[i] as DealDto;
      expect(row.value_amount).toBe(d.value?.amount ?? "");
      expect(row.value_usd).toBe(d.value?.usd ?? "");
      expect(row.value_currency).toBe(d.value?.currency ?? "");
      expect(row.value_kind).toBe(d.value?.kind ?? "");
      expect(row.kind).toBe(d.kind);
      expect(row.announced_on).toBe(d.announcedOn);
      expect(row.announced_precision).toBe(d.announcedPrecision);
      // The date at its precision, never a made-up day.
      expect(row.announced_on).toMatch(DATE_AT_PRECISION[d.announcedPrecision]);
      if (row.value_usd) expect(Number.isFinite(Number(row.value_usd))).toBe(true);
    });
    if (list.total === 0) expect(text).toBe(`${HEADER}\r\n`);
  });

  it("includes zero-row combinations", async () => {
    expect((await jsonList("q=quantumfoam")).total).toBe(0);
    expect(await (await csv("q=quantumfoam")).text()).toBe(`${HEADER}\r\n`);
  });
});

describe("GET /api/deals.csv dates at their precision", () => {
  const rowOf = async (slug: string, dialect: string) => {
    const text = await (await csv(`dialect=${dialect}`)).text();
    return parseCsv(text, dialect === "excel-nl" ? ";" : ",").find((r) => r.slug === slug)!;
  };

  it("writes a month-precision deal as 2025-07, with no day, and a year as 2025", async () => {
    const month = await rowOf("tesla-samsung-ai6-foundry", "rfc4180");
    expect(month.announced_on).toBe("2025-07");
    expect(month.announced_precision).toBe("month");
    const year = await rowOf("spacex-invests-in-xai", "rfc4180");
    expect(year.announced_on).toBe("2025");
    expect(year.announced_precision).toBe("year");
    const day = await rowOf("meta-amd-instinct", "rfc4180");
    expect(day.announced_on).toBe("2026-02-24");
  });

  it("writes excel-nl months with a non-breaking hyphen, so Excel keeps them as text, not 1-7-2025", async () => {
    const month = await rowOf("tesla-samsung-ai6-foundry", "excel-nl");
    expect(month.announced_on).toBe("2025\u201107");
    expect(month.announced_on).not.toMatch(/^\d{4}-\d{2}/);
    expect((await rowOf("spacex-invests-in-xai", "excel-nl")).announced_on).toBe("2025");
    // A day is a real date: Excel may read it as one.
    expect((await rowOf("meta-amd-instinct", "excel-nl")).announced_on).toBe("2026-02-24");
  });
});

describe("GET /api/deals.csv headers", () => {
  const today = () => new Date().toISOString().slice(0, 10);

  it("sends CSV headers, the count and the unfiltered filename", async () => {
    const response = await csv();
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("private, no-cache");
    expect(response.headers.get("X-Total-Count")).toBe("10");
    expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="chip-deals_all_${today()}.csv"`);
    expect(parseCsv(await response.text())).toHaveLength(10);
  });

  it("names the filters in the filename", async () => {
    const response = await csv("kind=foundry_contract&company=tesla&sort=title");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="chip-deals_company-tesla_kind-foundry_contract_${today()}.csv"`,
    );
    const excel = await csv("company=tesla&dialect=excel-nl");
    expect(excel.headers.get("Content-Disposition")).toBe(
      `attachment; filename="chip-deals_company-tesla_${today()}-excel-nl.csv"`,
    );
    await excel.body?.cancel();
    await response.body?.cancel();
  });
});

describe("GET /api/deals.csv dialects", () => {
  it("writes excel-nl with a BOM, semicolons and decimal commas", async () => {
    const list = await jsonList("");
    const response = await csv("dialect=excel-nl");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`\uFEFF${CSV_COLUMNS.join(";")}\r\n`)).toBe(true);
    const rows = parseCsv(text, ";");
    expect(rows.map((r) => r.slug)).toEqual(list.data.map((d) => d.slug));
    rows.forEach((row, i) => {
      const d = list.data[i] as DealDto;
      expect(row.value_amount).toBe(d.value?.amount.replace(".", ",") ?? "");
      expect(row.value_usd).toBe(d.value?.usd.replace(".", ",") ?? "");
      expect(row.value_usd).not.toContain(".");
    });
    // Plain numbers with an optional decimal comma (the seed's amounts are whole; lib/deals/csv.test.ts covers 114,29).
    for (const r of rows)
      for (const c of ["term_years", "value_amount", "value_usd"]) expect(r[c], c).toMatch(/^(?:\d+(?:,\d+)?)?$/);
  });

  it("honours bom=0 and bom=1", async () => {
    const starts = async (query: string) => [...new Uint8Array(await (await csv(query)).arrayBuffer()).slice(0, 3)];
    expect(await starts("dialect=excel-nl&bom=0")).toEqual([..."slu"].map((c) => c.charCodeAt(0)));
    expect(await starts("bom=1")).toEqual([0xef, 0xbb, 0xbf]);
    expect(await starts("")).toEqual([..."slu"].map((c) => c.charCodeAt(0)));
  });
});

describe("GET /api/deals.csv errors", () => {
  it.each([
    "dialect=xlsx",
    "format=csv",
    "limit=10",
    "cursor=abc",
    "bom=2",
    "sort=price",
    "company=Not A Slug",
    "dialect=excel-nl&dialect=rfc4180",
  ])("answers 400 JSON for ?%s", async (query) => {
    const response = await csv(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: string; issues: { param: string }[] };
    expect(body.error).toBe("Invalid query parameters");
    expect(body.issues.map((i) => i.param)).toContain(query.split("=")[0]);
  });
});

describe("streaming", () => {
  it("sends more than one chunk when the batch size is small", async () => {
    const query = DealCsvQuerySchema.parse({});
    const reader = streamDealsCsv(query, { batchSize: 2 }).getReader();
    const decoder = new TextDecoder();
    const chunks: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value, { stream: true }));
    }
    expect(chunks.length).toBe(5);
    const text = chunks.join("");
    expect(text.match(/^slug,/gm)).toHaveLength(1);
    expect(text).toBe(formatDealsCsv((await jsonList("")).data));
  });

  it("streams the route body in chunks", async () => {
    const response = await csv();
    const reader = response.body!.getReader();
    let chunks = 0;
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      chunks++;
    }
    expect(chunks).toBeGreaterThanOrEqual(1);
  });
});

describe("GET /api/deals.csv conditional requests", () => {
  const etagOf = async (query: string) => {
    const response = await csv(query);
    await response.body?.cancel();
    const etag = response.headers.get("ETag");
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    return etag!;
  };
  const conditional = (query: string, etag: string) =>
    GET(new Request(`http://localhost/api/deals.csv?${query}`, { headers: { "If-None-Match": etag } }));

  it("answers a matching If-None-Match with an empty 304 and a stale one with the file", async () => {
    const etag = await etagOf("company=tesla");
    const notModified = await conditional("company=tesla", etag);
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("ETag")).toBe(etag);
    expect(await notModified.text()).toBe("");
    const changed = await conditional("company=tesla", `W/"stale"`);
    expect(changed.status).toBe(200);
    expect(parseCsv(await changed.text()).length).toBeGreaterThan(0);
  });

  it("gives each filter, sort and dialect its own validator", async () => {
    const tags = await Promise.all(
      [
        "company=tesla",
        "company=amd",
        "company=tesla&sort=title",
        "company=tesla&dialect=excel-nl",
        "company=tesla&bom=1",
      ].map(etagOf),
    );
    expect(new Set(tags).size).toBe(tags.length);
    expect((await conditional("company=amd", tags[0]!)).status).toBe(200);
  });

  it("changes its validator when a row the CSV is built from is updated", async () => {
    const before = await etagOf("");
    // Rewriting a company's name with itself bumps updatedAt without changing what other tests read.
    const tesla = await db.company.findUniqueOrThrow({ where: { slug: "tesla" } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await db.company.update({ where: { id: tesla.id }, data: { name: tesla.name } });
    const after = await etagOf("");
    expect(after).not.toBe(before);
    expect((await conditional("", before)).status).toBe(200);
    expect((await conditional("", after)).status).toBe(304);
  });
});
