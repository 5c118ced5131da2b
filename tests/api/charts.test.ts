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
  { name: "company-role", query: COMPARE, title: "Companies in these deals, by role", rows: 6 },
  { name: "company-role", query: "", title: "Companies in the largest deals, by role", rows: 17 },
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
    it(`${c.name}.svg${c.query ? `?${c.query}` : ""} parses and holds the title, filters and source line`, async () => {
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

    it(`${c.name}.png${c.query ? `?${c.query}` : ""} is a PNG of the chart's size`, async () => {
      const response = await get(`${c.name}.png`, c.query);
      expect(response.status).toBe(200);
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
      // Drawn at twice the SVG's 800 px width.
      expect(png.readUInt32BE(16)).toBe(1600);
      expect(png.readUInt32BE(20)).toBeGreaterThan(400);
    });

    it(`${c.name}.csv${c.query ? `?${c.query}` : ""} lists what the chart draws`, async () => {
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

  // /compare's company chart: each deal once per company, in the role it plays there, the
  // companies in most deals first (then by name), as companiesInDeals and companyRoleRows shape it.
  it("the company-role CSV holds the deals per company and role that /compare draws", async () => {
    const csv = async (query: string) =>
      (parse(await (await get("company-role.csv", query)).text(), { columns: true }) as Record<string, string>[]).map(
        (r) => [r.company, r.role, r.deals],
      );
    expect(await csv(COMPARE)).toEqual([
      ["amd", "supplier", "1"],
      ["meta", "customer", "1"],
      ["samsung-electronics", "foundry", "1"],
      ["spacex", "acquirer", "1"],
      ["tesla", "customer", "1"],
      ["xai", "acquired", "1"],
    ]);
    // With no deal picked, the companies of the largest deals: the 12 in most of them.
    expect(await csv("")).toEqual([
      ["xai", "acquired", "1"],
      ["xai", "investee", "3"],
      ["spacex", "acquirer", "1"],
      ["spacex", "investor", "1"],
      ["spacex", "issuer", "1"],
      ["nvidia", "sponsor", "1"],
      ["nvidia", "investor", "1"],
      ["tesla", "customer", "1"],
      ["tesla", "investor", "1"],
      ["amd", "supplier", "1"],
      ["amkor", "packaging_test_partner", "1"],
      ["cisco", "investor", "1"],
      ["foxconn", "manufacturing_partner", "1"],
      ["meta", "customer", "1"],
      ["qatar", "investor", "1"],
      ["samsung-electronics", "foundry", "1"],
      ["spil", "packaging_test_partner", "1"],
    ]);
    // The old chart's value split is gone: no dollar column, and its parameter is refused.
    expect((await (await get("company-role.csv", COMPARE)).text()).split("\n")[0]).toBe("company,name,role,deals");
    expect((await get("company-role.csv", "valueKind=up_to")).status).toBe(400);
  });

  it("the company-role SVG names each company and says a deal counts once, never its value", async () => {
    const svg = await (await get("company-role.svg", COMPARE)).text();
    const all = texts((new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: unknown }).svg).join(" ");
    for (const name of ["AMD", "Meta", "Samsung Electronics", "SpaceX", "Tesla", "xAI", "Customer", "Acquired"])
      expect(all).toContain(name);
    expect(all).toContain("each deal counted once per company");
    expect(all).not.toMatch(/\$\d/);
  });

  it("answers an unknown chart with 404 and a bad parameter with 400", async () => {
    expect((await get("pie.svg")).status).toBe(404);
    expect((await get("compare.gif")).status).toBe(404);
    const bad = await get("network.svg", "top=1");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { param: string }[] }).issues[0]!.param).toBe("top");
  });
});
