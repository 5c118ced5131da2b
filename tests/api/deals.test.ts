import { describe, expect, it } from "vitest";
import type { DealDto, DealListDto } from "@/lib/deals/schemas";
import { get, getJson, SEEDED_DEAL_SLUGS as ALL } from "./client";

const slugs = async (query: string) => {
  const { status, body } = await getJson<DealListDto>(`/api/deals?limit=500&${query}`);
  expect(status, query).toBe(200);
  expect(body.total).toBe(body.data.length);
  return body.data.map((d) => d.slug).sort();
};

describe("GET /api/deals filters", () => {
  it("returns every deal without filters, newest first", async () => {
    const { body } = await getJson<DealListDto>("/api/deals");
    expect(body.total).toBe(10);
    expect(body.data.map((d) => d.slug).sort()).toEqual(ALL);
    const dates = body.data.map((d) => d.announcedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(body.nextCursor).toBeNull();
  });

  it.each([
    ["company=tesla", ["tesla-chip-supply-samsung-tsmc", "tesla-invests-in-xai", "tesla-samsung-ai6-foundry"]],
    [
      "company=tsmc&company=amd",
      ["meta-amd-instinct", "nvidia-us-ai-infrastructure", "tesla-chip-supply-samsung-tsmc"],
    ],
    ["company=tesla&role=customer", ["tesla-chip-supply-samsung-tsmc", "tesla-samsung-ai6-foundry"]],
    ["role=packaging_test_partner", ["nvidia-us-ai-infrastructure"]],
    ["kind=strategic_investment", ["spacex-invests-in-xai", "tesla-invests-in-xai"]],
    ["kind=funding_round&kind=share_offering", ["spacex-ipo", "xai-funding-round-2026"]],
    ["valueKind=up_to", ["nvidia-us-ai-infrastructure"]],
    ["valueKind=estimate", ["meta-amd-instinct"]],
    ["valueKind=target", ["spacex-ipo"]],
    ["kind=supply_relationship", ["tesla-chip-supply-samsung-tsmc"]],
    [
      "from=2026-01-01",
      [
        "meta-amd-instinct",
        "spacex-ipo",
        "spacex-xai-merger",
        "tesla-chip-supply-samsung-tsmc",
        "tesla-invests-in-xai",
        "xai-funding-round-2026",
      ],
    ],
    // A deal's date is a period: Jul 2025 and the year 2025 both overlap 15–20 Jul 2025.
    ["from=2025-07-15&to=2025-07-20", ["spacex-invests-in-xai", "tesla-samsung-ai6-foundry", "xai-absorbs-x"]],
    ["to=2025-06", ["nvidia-us-ai-infrastructure", "spacex-invests-in-xai", "xai-absorbs-x"]],
    ["from=2026-01-28&to=2026-01-28", ["xai-funding-round-2026"]],
    ["minUsd=100000000000", ["meta-amd-instinct", "nvidia-us-ai-infrastructure", "spacex-xai-merger"]],
    ["maxUsd=2000000000", ["spacex-invests-in-xai", "tesla-invests-in-xai"]],
    ["minUsd=16500000000&maxUsd=16500000000", ["tesla-samsung-ai6-foundry"]],
    // Amounts as people type them read the same as the digits.
    ["minUsd=100B", ["meta-amd-instinct", "nvidia-us-ai-infrastructure", "spacex-xai-merger"]],
    ["maxUsd=2bn", ["spacex-invests-in-xai", "tesla-invests-in-xai"]],
    ["minUsd=16%2C5%20mld&maxUsd=16.5B", ["tesla-samsung-ai6-foundry"]],
    ["minUsd=%241T", ["spacex-xai-merger"]],
    ["q=TAIWAN semiconductor", ["nvidia-us-ai-infrastructure", "tesla-chip-supply-samsung-tsmc"]],
    // The Dutch evidence sentences are searched too: "De fusie tussen xAI en SpaceX creëert …".
    ["q=creeert", ["spacex-xai-merger"]],
    // Samsung's alias "De Zuid-Koreaanse techgigant" matches every deal Samsung is a party to.
    ["q=Zuid-Koreaanse", ["tesla-chip-supply-samsung-tsmc", "tesla-samsung-ai6-foundry"]],
    ["q=mi300x", ["meta-amd-instinct"]],
    ["q=phoenix", ["nvidia-us-ai-infrastructure"]],
    ["q=%25", ["tesla-samsung-ai6-foundry"]],
    ["q=_", []],
    ["company=xai&kind=strategic_investment&from=2026-01&minUsd=1000000000", ["tesla-invests-in-xai"]],
    ["company=spacex&role=acquirer&valueKind=valuation&q=bloomberg", ["spacex-xai-merger"]],
  ])("%s", async (query, expected) => {
    expect(await slugs(query)).toEqual(expected);
  });

  it("matches accents and typographic apostrophes either way", async () => {
    const both = ["tesla-samsung-ai6-foundry"];
    expect(await slugs("q=tesla’s ai6")).toEqual(both);
    expect(await slugs("q=Tesla's AI6")).toEqual(both);
    expect(await slugs("q=TÉSLA")).toEqual(await slugs("q=tesla"));
  });
});

describe("GET /api/deals sorting and pagination", () => {
  const SORTS = ["announcedOn", "-announcedOn", "valueUsd", "-valueUsd", "title", "-title"];

  it.each(SORTS)("walks every page of sort=%s in order, each deal once", async (sort) => {
    const { body: all } = await getJson<DealListDto>(`/api/deals?sort=${sort}&limit=500`);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: DealListDto } = await getJson(
        `/api/deals?sort=${sort}&limit=5${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(body.total).toBe(10);
      seen.push(...body.data.map((d) => d.slug));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.data.map((d) => d.slug));
  });

  it("sorts by USD value with deals without a value last, either direction", async () => {
    for (const sort of ["valueUsd", "-valueUsd"]) {
      const { body } = await getJson<DealListDto>(`/api/deals?sort=${sort}`);
      const values = body.data.map((d) => (d.value ? BigInt(d.value.usd.replace(".", "")) : null));
      const firstNull = values.indexOf(null);
      expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
      const present = values.slice(0, firstNull) as bigint[];
      const sorted = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(present).toEqual(sort === "valueUsd" ? sorted : sorted.reverse());
    }
    const { body } = await getJson<DealListDto>("/api/deals?sort=-valueUsd&limit=1");
    expect(body.data[0]!.slug).toBe("spacex-xai-merger");
  });

  it("sorts by title", async () => {
    const { body } = await getJson<DealListDto>("/api/deals?sort=title");
    const titles = body.data.map((d) => d.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : 1)));
  });
});

describe("GET /api/deals validation", () => {
  it.each([
    ["limit=0", "limit"],
    ["limit=501", "limit"],
    ["limit=abc", "limit"],
    ["limit=2.5", "limit"],
    ["sort=value", "sort"],
    ["kind=spaceship", "kind"],
    ["role=ceo", "role"],
    ["valueKind=firm&valueKind=up_to", "valueKind"],
    ["from=2025-13-01", "from"],
    ["from=2025-02-30", "from"],
    ["to=yesterday", "to"],
    ["minUsd=-5", "minUsd"],
    ["minUsd=1e9", "minUsd"],
    ["minUsd=lots", "minUsd"],
    ["maxUsd=1%2C500", "maxUsd"],
    ["maxUsd=0.001", "maxUsd"],
    ["minUsd=5%20zillion", "minUsd"],
    ["company=Tesla%20Inc", "company"],
    ["colour=red", "colour"],
    ["cursor=nonsense", "cursor"],
    [`q=${"x".repeat(201)}`, "q"],
  ])("%s gives 400 naming %s", async (query, param) => {
    const { status, body } = await getJson(`/api/deals?${query}`);
    expect(status).toBe(400);
    expect(body.error).toBe("Invalid query parameters");
    expect(body.issues.map((i: { param: string }) => i.param)).toContain(param);
  });

  it("rejects a cursor made for another sort", async () => {
    const { body } = await getJson<DealListDto>("/api/deals?limit=2&sort=title");
    const { status, body: err } = await getJson(`/api/deals?limit=2&sort=-title&cursor=${body.nextCursor}`);
    expect(status).toBe(400);
    expect(err.issues[0].param).toBe("cursor");
  });

  it.each([
    ["a value beyond 64-bit integers", { s: "-valueUsd", v: "99999999999999999999", id: 1 }],
    ["a 19-digit value just past the largest", { s: "-valueUsd", v: "9223372036854775808", id: 1 }],
    ["a date that is none", { s: "-announcedOn", v: "someday", id: 1 }],
    ["an id that is not a safe integer", { s: "-announcedOn", v: "2025-01-01", id: 2 ** 60 }],
  ])("rejects a well-formed cursor holding %s with 400", async (_what, data) => {
    const cursor = Buffer.from(JSON.stringify(data)).toString("base64url");
    const { status, body } = await getJson(`/api/deals?sort=${data.s}&cursor=${cursor}`);
    expect(status).toBe(400);
    expect(body.issues[0].param).toBe("cursor");
  });

  it("treats an empty parameter as absent", async () => {
    expect(await slugs("q=&company=&from=")).toEqual(ALL);
  });
});

describe("GET /api/deals/{slug}", () => {
  it("returns the deal with its parties, exact value and sourced quotes", async () => {
    const { status, body } = await getJson<DealDto>("/api/deals/tesla-samsung-ai6-foundry");
    expect(status).toBe(200);
    expect(body.value).toEqual({ amount: "16500000000", currency: "USD", kind: "firm", usd: "16500000000", fx: null });
    expect(body.announcedOn).toBe("2025-07");
    expect(body.announcedPrecision).toBe("month");
    expect(body.term).toEqual({ years: 8, start: null, end: null, note: null });
    expect(body.parties).toEqual([
      { company: "tesla", name: "Tesla", role: "customer" },
      { company: "samsung-electronics", name: "Samsung Electronics", role: "foundry" },
    ]);
    const value = body.sources.find((s) => s.claim === "value")!;
    expect(value.quote).toContain("16,5 miljard dollar");
    expect(value.figure).toMatchObject({
      text: "16,5 miljard dollar",
      amount: "16500000000",
      unit: "USD",
      kind: "firm",
    });
    expect(body.sources.find((s) => s.label === "Tesla orders the AI6 chip")?.party).toBe("tesla");
    expect(value.gloss).toBe(
      "The South Korean tech giant has landed a $16.5 billion chip order from none other than Elon Musk.",
    );
  });

  it("gives a 404 JSON for an unknown slug", async () => {
    const { status, body } = await getJson("/api/deals/no-such-deal");
    expect(status).toBe(404);
    expect(body.error).toMatch(/not found/);
  });
});

describe("conditional requests", () => {
  it("answers 304 to a matching If-None-Match and 200 otherwise", async () => {
    const first = await get("/api/deals?company=meta");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toContain("must-revalidate");
    expect((await get("/api/deals?company=meta", { "If-None-Match": etag })).status).toBe(304);
    expect((await get("/api/deals?company=meta", { "If-None-Match": '"other"' })).status).toBe(200);
    expect((await get("/api/deals?company=tesla", { "If-None-Match": etag })).status).toBe(200);
  });
});
