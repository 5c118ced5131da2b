import { describe, expect, it } from "vitest";
import { getCompany } from "@/lib/companies/queries";
import type { CompanyDetailDto } from "@/lib/companies/schemas";
import type { ArticleDto } from "@/lib/articles/schemas";
import type { EventListDto } from "@/lib/events/schemas";
import type { StatsDto } from "@/lib/stats/schemas";
import type { TimelineDto } from "@/lib/timeline/schemas";
import { getJson } from "./client";

describe("companies", () => {
  it("lists every company with aliases and counts", async () => {
    const { status, body } = await getJson("/api/companies");
    expect(status).toBe(200);
    expect(body.data).toHaveLength(20);
    const tsmc = body.data.find((c: { slug: string }) => c.slug === "tsmc");
    // The foundry for Nvidia's build-out, and a supplier of Tesla's chips (a supply relationship, no longer an event).
    expect(tsmc).toMatchObject({ name: "TSMC", country: "TW", kind: "foundry", dealCount: 2, eventCount: 0 });
    expect(tsmc.aliases).toContain("Taiwan Semiconductor Manufacturing Co.");
  });

  it("shows a company's deals with its roles, and its events", async () => {
    const { body } = await getJson<CompanyDetailDto>("/api/companies/tesla");
    expect(body.deals.map((d) => `${d.slug}:${d.roles.join("+")}`).sort()).toEqual([
      "tesla-chip-supply-samsung-tsmc:customer",
      "tesla-invests-in-xai:investor",
      "tesla-samsung-ai6-foundry:customer",
    ]);
    expect(body.events.map((e) => e.slug)).toEqual(
      expect.arrayContaining(["tesla-ends-model-s-and-x", "tesla-terafab", "tesla-xai-battery-supply"]),
    );
  });

  it("with a limit keeps the newest deals and events and the full counts (the company page)", async () => {
    const all = await getCompany("tesla");
    const newest = await getCompany("tesla", { limit: 2 });
    expect(all.deals.length).toBeGreaterThan(2);
    expect(newest.deals).toEqual(all.deals.slice(0, 2));
    expect(newest.events).toEqual(all.events.slice(0, 2));
    expect(newest.events.length).toBeGreaterThan(0);
    expect([newest.dealCount, newest.eventCount]).toEqual([all.dealCount, all.eventCount]);
    expect(newest.deals[0]!.announcedOn >= newest.deals[1]!.announcedOn).toBe(true);
  });

  it("404s an unknown company and 400s a query parameter", async () => {
    expect((await getJson("/api/companies/intel")).status).toBe(404);
    const { status, body } = await getJson("/api/companies?sort=name");
    expect(status).toBe(400);
    expect(body.issues[0].param).toBe("sort");
  });
});

describe("events", () => {
  it("filters by company, kind and date, newest first", async () => {
    const all = await getJson<EventListDto>("/api/events?limit=500");
    expect(all.body.total).toBe(14);
    const nvidia = await getJson<EventListDto>("/api/events?company=nvidia");
    expect(nvidia.body.data.map((e) => e.slug).sort()).toEqual([
      "citi-cuts-nvidia-target",
      "nvidia-mass-production-guidance",
      "nvidia-shares-after-us-build-out",
    ]);
    const prices = await getJson<EventListDto>("/api/events?kind=share_price&from=2025-07");
    expect(prices.body.data.map((e) => e.slug)).toEqual(["samsung-shares-rise-on-tesla-order"]);
    const dates = all.body.data.map((e) => e.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("pages with a cursor and carries exact figures", async () => {
    const first = await getJson<EventListDto>("/api/events?limit=5");
    const second = await getJson<EventListDto>(`/api/events?limit=5&cursor=${first.body.nextCursor}`);
    expect(second.body.data[0]!.slug).not.toBe(first.body.data[0]!.slug);
    const { body } = await getJson<EventListDto>("/api/events?q=114");
    const price = body.data[0]!.sources.find((s) => s.figure?.kind === "share_price");
    expect(price?.figure).toMatchObject({ text: "$114,29", amount: "114.29", unit: "USD" });
  });

  it("walks every page in order, each event once", async () => {
    const { body: all } = await getJson<EventListDto>("/api/events?limit=500");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: EventListDto } = await getJson(`/api/events?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...body.data.map((e) => e.slug));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual(all.data.map((e) => e.slug));
  });

  it("400s a deal kind and a bad cursor", async () => {
    expect((await getJson("/api/events?kind=funding_round")).status).toBe(400);
    expect((await getJson("/api/events?cursor=abc")).status).toBe(400);
  });
});

describe("timeline", () => {
  it("merges deals and events in date order", async () => {
    const { body } = await getJson<TimelineDto>("/api/timeline?limit=500");
    expect(body.total).toBe(24);
    expect(body.data).toHaveLength(24);
    const dates = body.data.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const ai6 = body.data.find((i) => i.slug === "tesla-samsung-ai6-foundry")!;
    expect(ai6).toMatchObject({ type: "deal", dateText: "2025-07", precision: "month" });
  });

  it("pages through the same order", async () => {
    const { body: all } = await getJson<TimelineDto>("/api/timeline?limit=500");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: TimelineDto } = await getJson(
        `/api/timeline?limit=7${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...body.data.map((i) => `${i.type}:${i.slug}`));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.data.map((i) => `${i.type}:${i.slug}`));
  });

  it("applies company, kind, type and dates", async () => {
    const nvidia = await getJson<TimelineDto>("/api/timeline?company=nvidia&limit=500");
    expect(nvidia.body.data.map((i) => i.slug).sort()).toEqual([
      "citi-cuts-nvidia-target",
      "nvidia-mass-production-guidance",
      "nvidia-shares-after-us-build-out",
      "nvidia-us-ai-infrastructure",
      "xai-funding-round-2026",
    ]);
    const kinds = await getJson<TimelineDto>("/api/timeline?kind=plan&kind=production_change");
    expect(kinds.body.data.map((i) => i.slug).sort()).toEqual(["tesla-ends-model-s-and-x", "tesla-terafab"]);
    const events2026 = await getJson<TimelineDto>("/api/timeline?type=event&from=2026-01-28&to=2026-01-28");
    // Day-precision events of that day, and the month-precision Jan 2026 event that may be it.
    expect(events2026.body.data.map((i) => `${i.type}:${i.slug}`).sort()).toEqual([
      "event:tesla-2025-annual-results",
      "event:tesla-ends-model-s-and-x",
      "event:tesla-optimus-consumer-sales-2027",
      "event:tesla-terafab",
    ]);
  });
});

describe("stats", () => {
  it("gives headline totals per value kind and per deal kind, each saying what it adds", async () => {
    const { body } = await getJson<StatsDto>("/api/stats");
    expect(body.totals.headline.map((h) => [h.valueKind, h.usd, h.description])).toEqual([
      [
        "firm",
        "40500000000",
        "Firm values: 4 deals (1 funding round, 1 foundry / manufacturing contract and 2 strategic investments)",
      ],
      ["up_to", "500000000000", "Up-to ceilings: 1 deal (1 manufacturing build-out programme)"],
      ["estimate", "100000000000", "Estimates: 1 deal (1 chip purchase agreement)"],
      ["valuation", "1250000000000", "Company valuations: 1 deal (1 merger / acquisition)"],
      ["target", "50000000000", "Targets and plans: 1 deal (1 planned share offering)"],
    ]);
  });

  it("sums USD per value kind, never across kinds", async () => {
    const { body } = await getJson<StatsDto>("/api/stats");
    expect(body.totals.deals).toBe(10);
    const byKind = Object.fromEntries(body.totals.byValueKind.map((b) => [String(b.valueKind), [b.count, b.usd]]));
    // Samsung's $40B fab investment is background (an event), no longer half of a "firm" $80.5B.
    expect(byKind).toEqual({
      firm: [4, "40500000000"],
      up_to: [1, "500000000000"],
      estimate: [1, "100000000000"],
      valuation: [1, "1250000000000"],
      target: [1, "50000000000"],
      null: [2, "0"],
    });
    expect(body.byYear.find((b) => b.year === 2025 && b.valueKind === "firm")).toMatchObject({
      count: 2,
      usd: "18500000000",
    });
    expect(body.byCompanyRole.find((b) => b.company === "amd")).toMatchObject({
      role: "supplier",
      valueKind: "estimate",
      usd: "100000000000",
    });
  });

  it("applies the deal filters", async () => {
    const { body } = await getJson<StatsDto>("/api/stats?company=xai&valueKind=firm");
    expect(body.totals).toEqual({
      deals: 3,
      byValueKind: [{ valueKind: "firm", count: 3, usd: "24000000000" }],
      headline: [
        {
          valueKind: "firm",
          count: 3,
          usd: "24000000000",
          description: "Firm values: 3 deals (1 funding round and 2 strategic investments)",
          byKind: [
            {
              kind: "funding_round",
              count: 1,
              usd: "20000000000",
              description: "Firm values of funding rounds: 1 deal",
            },
            {
              kind: "strategic_investment",
              count: 2,
              usd: "4000000000",
              description: "Firm values of strategic investments: 2 deals",
            },
          ],
        },
      ],
    });
    expect((await getJson("/api/stats?limit=5")).status).toBe(400);
  });
});

describe("articles", () => {
  it("returns the text and the offsets of every quote cited from it", async () => {
    const { status, body } = await getJson<ArticleDto>("/api/articles/nvidia-us-ai-infrastructure-build-out");
    expect(status).toBe(200);
    expect(body.publishedOn).toBe("2025-04");
    expect(body.citations.length).toBeGreaterThan(10);
    for (const c of body.citations) {
      expect(body.text.slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
      expect(c.quoteStart).toBeGreaterThanOrEqual(body.bodyStart);
    }
    // The file's " date 2025-04 " dateline stays in text (byte for byte) but is not body, nor cited.
    expect(body.text.slice(0, body.bodyStart)).toBe(" date 2025-04 ");
    expect(body.text.slice(body.bodyStart)).toMatch(/^Nvidia breidt/);
    const starts = body.citations.map((c) => c.quoteStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(body.citations.find((c) => c.claim === "value")).toMatchObject({
      deal: "nvidia-us-ai-infrastructure",
      dealTitle: "Nvidia plans up to $500B of AI infrastructure to be built in the US by partners",
      id: "deal--nvidia-us-ai-infrastructure--value",
    });
  });

  it("404s an unknown article, including path tricks", async () => {
    for (const slug of ["nope", "..%2F..%2Fetc%2Fpasswd", "%00"])
      expect((await getJson(`/api/articles/${slug}`)).status).toBe(404);
  });
});
