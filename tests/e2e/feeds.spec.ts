import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";

// The feeds on the production server: a "Follow this filter" link on /deals and on a company
// page leads to a feed that lists exactly the deals /api/deals gives for the same filter.

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

test("the Follow link on /deals gives the filtered deals as Atom", async ({ page, request }) => {
  await page.goto("/deals?company=xai&kind=strategic_investment");
  const href = await page.getByRole("link", { name: "Follow this filter (Atom)" }).getAttribute("href");
  expect(href).toBe("/deals.atom?company=xai&kind=strategic_investment");
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const doc = xml.parse(await response.text()) as { feed: { entry?: { link: { "@href": string } }[] } };
  const feedSlugs = asArray(doc.feed.entry).map((e) => new URL(e.link["@href"]).pathname.replace("/deals/", ""));
  const api = (await (
    await request.get("/api/deals?company=xai&kind=strategic_investment&sort=-announcedOn&limit=100")
  ).json()) as { data: { slug: string }[] };
  expect(feedSlugs).toEqual(api.data.map((d) => d.slug));
  expect(feedSlugs.sort()).toEqual(["spacex-invests-in-xai", "tesla-invests-in-xai"]);
});

test("a company page follows that company as a JSON Feed", async ({ page, request }) => {
  await page.goto("/companies/meta");
  const href = await page.getByRole("link", { name: "JSON Feed" }).getAttribute("href");
  expect(href).toBe("/deals.json?company=meta");
  const feed = (await (await request.get(href!)).json()) as { items: { url: string; content_html: string }[] };
  expect(feed.items.map((i) => new URL(i.url).pathname)).toEqual(["/deals/meta-amd-instinct"]);
  expect(feed.items[0]!.content_html).toContain("Meta (Customer), AMD (Supplier)");
});

test("a bad filter is a 400 naming it", async ({ request }) => {
  const response = await request.get("/deals.atom?from=2025-13");
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { issues: { param: string }[] }).issues[0]!.param).toBe("from");
});
