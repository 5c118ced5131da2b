import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/charts/[file]/route";

// Every downloadable chart, as the browser gets it: an SVG that parses and holds its title, the
// filters and the source line; a real PNG; and the CSV of the rows it draws.

const COMPARE = "deal=tesla-samsung-ai6-foundry&deal=meta-amd-instinct&deal=spacex-xai-merger";
const CASES = [
  { name: "compare", query: COMPARE, title: "3 deals side by side", rows: 3 },
  { name: "largest", query: "", title: "Largest deals", rows: 8 },
  { name: "cumulative", query: "", title: "Announced value over time", rows: null },
  { name: "company-role", query: "valueKind=up_to", title: "Value by company and role: Up-to ceiling", rows: 6 },
  { name: "network", query: "company=xai", title: "Who deals with whom", rows: 7 },
];

const get = (file: string, query = "") =>
  GET(new Request(`http://localhost/api/charts/${file}${query ? `?${query}` : ""}`), {
    params: Promise.resolve({ file }),
  });

/** Every text node of a parsed XML tree. */
function texts(node: unknown): string[] {
  if (typeof node === "string" || typeof node === "number") return [String(node)];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => (k.startsWith("@") ? [] : texts(v)));
  return [];
}

describe("/api/charts", () => {
  for (const c of CASES) {
    it(`${c.name}.svg parses and holds the title, filters and source line`, async () => {
      const response = await get(`${c.name}.svg`, c.query);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
      const version = response.headers.get("x-data-version")!;
      const doc = new XMLParser({ ignoreAttributes: false }).parse(await response.text()) as { svg: unknown };
      const all = texts(doc.svg).join(" ");
      expect(all).toContain(c.title);
      expect(all).toContain("Filters:");
      expect(all).toMatch(new RegExp(`Source: chip-deals, .+, data version ${version}`));
      expect(all).toMatch(/Downloaded \d{4}-\d{2}-\d{2}/);
    });

    it(`${c.name}.png is a PNG of the chart's size`, async () => {
      const response = await get(`${c.name}.png`, c.query);
      expect(response.status).toBe(200);
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
      // Drawn at twice the SVG's 800 px width.
      expect(png.readUInt32BE(16)).toBe(1600);
      expect(png.readUInt32BE(20)).toBeGreaterThan(400);
    });

    it(`${c.name}.csv lists what the chart draws`, async () => {
      const response = await get(`${c.name}.csv`, c.query);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-data-version")).toBeTruthy();
      const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
      if (c.rows !== null) expect(rows).toHaveLength(c.rows);
      else expect(rows.length).toBeGreaterThan(3);
    });
  }

  it("the compare CSV holds the exact amounts", async () => {
    const rows = parse(await (await get("compare.csv", COMPARE)).text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.slug, r.value_kind, r.usd])).toEqual([
      ["tesla-samsung-ai6-foundry", "firm", "16500000000"],
      ["meta-amd-instinct", "estimate", "100000000000"],
      ["spacex-xai-merger", "valuation", "1250000000000"],
    ]);
  });

  it("answers an unknown chart with 404 and a bad parameter with 400", async () => {
    expect((await get("pie.svg")).status).toBe(404);
    expect((await get("compare.gif")).status).toBe(404);
    const bad = await get("network.svg", "top=1");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { param: string }[] }).issues[0]!.param).toBe("top");
  });
});
