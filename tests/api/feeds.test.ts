import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { GET as atom } from "@/app/deals.atom/route";
import { GET as jsonFeed } from "@/app/deals.json/route";
import { GET as deals } from "@/app/api/deals/route";
import type { DealListDto } from "@/lib/deals/schemas";

// The feeds list exactly the deals /api/deals returns for the same filter, newest first.

const FILTERS = [
  "",
  "company=tesla",
  "company=xai&role=investee",
  "kind=strategic_investment",
  "valueKind=firm&from=2026",
];
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

async function apiSlugs(query: string): Promise<string[]> {
  const response = await deals(new Request(`http://localhost/api/deals?sort=-announcedOn&limit=100&${query}`));
  expect(response.status).toBe(200);
  return ((await response.json()) as DealListDto).data.map((d) => d.slug);
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

describe("/deals.atom", () => {
  for (const query of FILTERS) {
    it(`lists the filtered deals: ${query || "(no filter)"}`, async () => {
      const response = await atom(new Request(`http://localhost/deals.atom?${query}`));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      expect(response.headers.get("x-data-version")).toMatch(/^[\w-]{20,}$/);
      const doc = xml.parse(await response.text()) as {
        feed: { title: string; entry?: { id: string; link: { "@href": string }; content: string }[] };
      };
      const entries = asArray(doc.feed.entry);
      const slugs = entries.map((e) => e.link["@href"].replace("http://localhost/deals/", ""));
      const expected = await apiSlugs(query);
      expect(expected.length).toBeGreaterThan(0);
      expect(slugs).toEqual(expected);
    });
  }

  it("carries the value with its kind, the parties and the source sentence", async () => {
    const doc = xml.parse(await (await atom(new Request("http://localhost/deals.atom?company=meta"))).text());
    const entry = asArray(doc.feed.entry)[0] as { title: { "#text": string }; content: { "#text": string } };
    expect(entry.title["#text"]).toContain("Meta");
    const content = entry.content["#text"];
    expect(content).toContain("(Estimate)");
    expect(content).toContain("Meta (Customer), AMD (Supplier)");
    expect(content).toContain('<blockquote lang="nl">');
  });

  it("answers a bad filter with 400 naming the parameter, like the API", async () => {
    const response = await atom(new Request("http://localhost/deals.atom?valueKind=huge&colour=red"));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { param: string }[] };
    expect(body.issues.map((i) => i.param).sort()).toEqual(["colour", "valueKind"]);
  });

  it("answers 304 to its own ETag", async () => {
    const first = await atom(new Request("http://localhost/deals.atom?company=tesla"));
    const etag = first.headers.get("etag")!;
    const again = await atom(
      new Request("http://localhost/deals.atom?company=tesla", { headers: { "If-None-Match": etag } }),
    );
    expect(again.status).toBe(304);
  });
});

describe("/deals.json", () => {
  for (const query of FILTERS) {
    it(`lists the filtered deals: ${query || "(no filter)"}`, async () => {
      const response = await jsonFeed(new Request(`http://localhost/deals.json?${query}`));
      expect(response.status).toBe(200);
      const feed = (await response.json()) as {
        version: string;
        _chip_deals: { data_version: string; total: number };
        items: { id: string; url: string; _chip_deals: { slug: string } }[];
      };
      expect(feed.version).toBe("https://jsonfeed.org/version/1");
      expect(feed._chip_deals.data_version).toBe(response.headers.get("x-data-version"));
      const expected = await apiSlugs(query);
      expect(feed.items.map((i) => i._chip_deals.slug)).toEqual(expected);
      expect(feed.items.map((i) => i.url)).toEqual(expected.map((s) => `http://localhost/deals/${s}`));
      expect(feed._chip_deals.total).toBe(expected.length);
    });
  }
});
