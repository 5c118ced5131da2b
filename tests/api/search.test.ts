import { describe, expect, it } from "vitest";
import type { DealListDto } from "@/lib/deals/schemas";
import type { TimelineDto } from "@/lib/timeline/schemas";
import { getJson } from "./client";

const slugs = async (q: string) => {
  const { status, body } = await getJson<DealListDto>(`/api/deals?limit=500&q=${encodeURIComponent(q)}`);
  expect(status, q).toBe(200);
  return body.data.map((d) => d.slug).sort();
};

// Deal kinds, roles and the Dutch evidence are searched, with Snowball stems of Dutch and English
// and, for an inflection the stemmer leaves apart ("fuseert" / "fuseren"), the nearest source stem.
describe("search over kinds, roles and the Dutch evidence", () => {
  it.each([
    ["merger", ["spacex-xai-merger", "xai-absorbs-x"]],
    ["mergers", ["spacex-xai-merger", "xai-absorbs-x"]],
    ["foundry", ["nvidia-us-ai-infrastructure", "tesla-samsung-ai6-foundry"]],
    ["fusie", ["spacex-xai-merger"]],
    ["fuseert", ["spacex-xai-merger"]],
    ["fuseren", ["spacex-xai-merger"]],
    ["packaging", ["nvidia-us-ai-infrastructure"]],
    ["supplier tsmc", ["tesla-chip-supply-samsung-tsmc"]],
  ])("q=%s", async (q, expected) => expect(await slugs(q)).toEqual(expected));

  it("finds the chip deals for 'chips', as for 'chip'", async () => {
    const chips = await slugs("chips");
    expect(chips).toEqual(await slugs("chip"));
    for (const slug of [
      "meta-amd-instinct",
      "nvidia-us-ai-infrastructure",
      "tesla-chip-supply-samsung-tsmc",
      "tesla-samsung-ai6-foundry",
    ])
      expect(chips).toContain(slug);
    expect(chips).not.toContain("xai-absorbs-x");
  });

  it("uses the same search on the timeline and its events", async () => {
    const { body } = await getJson<TimelineDto>("/api/timeline?q=fuseert");
    expect(body.data.map((i) => `${i.type}:${i.slug}`)).toContain("deal:spacex-xai-merger");
    const results = await getJson<TimelineDto>("/api/timeline?type=event&q=omzet");
    expect(results.body.data.map((i) => i.slug)).toContain("tesla-2025-annual-results");
  });

  it("finds nothing for a word in no source", async () => {
    expect(await slugs("quantumfoam")).toEqual([]);
  });
});
