import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { PARTY_ROLES, type PartyRole } from "../../lib/domain";

// The Download links beside each chart fetch a real SVG (parsing, with the title and source
// line), a PNG (signature and size) and CSV, all carrying the data version.

const CHART_PAGES = [
  { path: "/compare?deal=tesla-samsung-ai6-foundry&deal=meta-amd-instinct", title: "2 deals side by side" },
  { path: "/compare?deal=tesla-samsung-ai6-foundry&deal=meta-amd-instinct", title: "Announced value over time" },
  {
    path: "/compare?deal=tesla-samsung-ai6-foundry&deal=meta-amd-instinct",
    title: "Companies in these deals, by role",
  },
  { path: "/compare", title: "Companies in the largest deals, by role" },
  { path: "/", title: "Largest deals" },
  { path: "/network?company=xai", title: "Who deals with whom" },
];

test("every chart's SVG, PNG and CSV download works", async ({ page, request }) => {
  for (const { path, title } of CHART_PAGES) {
    await page.goto(path);
    const figure = page.locator("figure", { has: page.getByRole("heading", { name: title }) });
    const link = (ext: string) =>
      figure.getByRole("link", { name: new RegExp(`as ${ext === "CSV" ? "CSV data" : ext}$`) }).getAttribute("href");

    const svg = await request.get((await link("SVG"))!);
    expect(svg.status(), title).toBe(200);
    const version = svg.headers()["x-data-version"];
    expect(version).toBeTruthy();
    const text = await svg.text();
    expect(() => new XMLParser().parse(text)).not.toThrow();
    expect(text).toContain(title);
    expect(text).toContain(`Source: chip-deals,`);
    expect(text).toContain(`data version ${version}`);

    const png = await request.get((await link("PNG"))!);
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(1600);

    const csv = await request.get((await link("CSV"))!);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect((await csv.text()).split("\n").length).toBeGreaterThan(1);
  }
});

// The company chart's CSV holds what the chart draws: its companies in its order, each with its
// deals per role, as the chart's own table lists them ("Customer in Tesla–Samsung AI6 …").
test("the company chart's CSV is the chart's companies, deals and roles", async ({ page, request }) => {
  for (const path of ["/compare", "/compare?deal=tesla-samsung-ai6-foundry&deal=nvidia-us-ai-infrastructure"]) {
    await page.goto(path);
    const figure = page.locator("figure", { has: page.getByTestId("company-role-chart") });
    const href = await figure.getByRole("link", { name: /as CSV data$/ }).getAttribute("href");
    const [header, ...lines] = (await (await request.get(href!)).text()).trim().split("\n");
    expect(header, path).toBe("company,name,role,deals");
    const fromCsv = new Map<string, string[]>();
    for (const line of lines) {
      const [, name, role, deals] = line.split(",");
      for (let i = 0; i < Number(deals); i++)
        fromCsv.set(name!, [...(fromCsv.get(name!) ?? []), PARTY_ROLES[role as PartyRole]]);
    }
    const table = figure.locator("table tbody tr");
    const drawn = await table.evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector("th")!.textContent!.trim(),
        [...r.querySelectorAll("li")].map((li) => li.textContent!.split(" in ")[0]!.trim()),
      ]),
    );
    expect(drawn.length, path).toBeGreaterThan(1);
    const sortRoles = ([name, roles]: (string | string[])[]) => [name, [...(roles as string[])].sort()];
    expect([...fromCsv.entries()].map(sortRoles), path).toEqual(drawn.map(sortRoles));
  }
});

test("a deal page and a company page have Open Graph previews", async ({ page, request }) => {
  for (const path of [
    "/deals/meta-amd-instinct",
    "/companies/tesla",
    "/compare?deal=meta-amd-instinct&deal=spacex-xai-merger",
  ]) {
    await page.goto(path);
    await expect(page.locator('meta[property="og:title"]'), path).toHaveCount(1);
    await expect(page.locator('meta[property="og:description"]'), path).toHaveCount(1);
    const image = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(image, path).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const png = await request.get(image!);
    expect(png.status(), path).toBe(200);
    expect((await png.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
  }
});
