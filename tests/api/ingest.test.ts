// The ingest write path in-process: real route handlers on a private copy of the seeded database.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { countRows } from "@/prisma/seed/write";
import { INGEST_INPUT, reviewOf, SENTENCES } from "@/tests/setup/ingest-article";
import { createSeededDatabase } from "@/tests/setup/test-db";

const TOKEN = "test-admin-token-0123456789";
const url = await createSeededDatabase("ingest_api");
vi.stubEnv("DATABASE_URL", url);
vi.stubEnv("ADMIN_TOKEN", TOKEN);
// One server process: it allows all MAX_FAILURES sign-in attempts (lib/auth/rate-limit.ts).
vi.stubEnv("WEB_CONCURRENCY", "1");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const routes: Record<string, Handler> = {};
let db: PrismaClient;

beforeAll(async () => {
  delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
  delete (globalThis as { signInLimiters?: unknown }).signInLimiters;
  routes.session = (await import("@/app/api/ingest/session/route")).POST as Handler;
  routes.create = (await import("@/app/api/ingest/route")).POST as Handler;
  routes.accept = (await import("@/app/api/ingest/[id]/accept/route")).POST as Handler;
  routes.undo = (await import("@/app/api/ingest/[id]/undo/route")).POST as Handler;
  routes.deals = (await import("@/app/api/deals/route")).GET as Handler;
  routes.csv = (await import("@/app/api/deals.csv/route")).GET as Handler;
  db = createPrismaClient(url);
});
afterAll(async () => {
  await db.$disconnect();
  vi.unstubAllEnvs();
});

const ORIGIN = "http://localhost";
let cookie = "";

function post(route: string, path: string, body: unknown, headers: Record<string, string> = {}, id?: number) {
  const request = new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, host: "localhost", cookie, ...headers },
    body: JSON.stringify(body),
  });
  return routes[route]!(request, { params: Promise.resolve<Record<string, string>>(id ? { id: String(id) } : {}) });
}
const get = (route: string, path: string, headers: Record<string, string> = {}) =>
  routes[route]!(new Request(`${ORIGIN}${path}`, { headers }), { params: Promise.resolve({}) });

async function snapshot() {
  return { rows: await countRows(db), ingests: await db.ingest.count(), audit: await db.auditEntry.count() };
}

/** The slugs of the deals that a text search finds. */
async function foundBy(q: string): Promise<string[]> {
  const body = (await (await get("deals", `/api/deals?q=${q}&limit=500`)).json()) as { data: { slug: string }[] };
  return body.data.map((d) => d.slug);
}

/**
 * An ingest of the one-sentence article `text` (`input` beside INGEST_INPUT), accepted with
 * reviewOf(`deal`), the sentence as its evidence, and no new companies.
 */
async function acceptArticle(
  text: string,
  input: Partial<Record<keyof typeof INGEST_INPUT, string>>,
  deal: Parameters<typeof reviewOf>[0],
) {
  const created = await post("create", "/api/ingest", { ...INGEST_INPUT, text, ...input });
  expect(created.status).toBe(201);
  const ingestId = ((await created.json()) as { id: number }).id;
  const review = reviewOf({ evidence: [{ quote: text, start: 0, end: text.length }], ...deal });
  const response = await post(
    "accept",
    `/api/ingest/${ingestId}/accept`,
    { ...review, newCompanies: [] },
    {},
    ingestId,
  );
  return { ingestId, response };
}

describe("signing in", () => {
  it("refuses a wrong token (401), then rate-limits (429 with Retry-After)", async () => {
    const headers = { "x-forwarded-for": "203.0.113.9" };
    for (let i = 0; i < 5; i++) {
      const response = await post("session", "/api/ingest/session", { name: "Eve", token: "guess" }, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    const limited = await post("session", "/api/ingest/session", { name: "Eve", token: TOKEN }, headers);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a foreign Origin (403)", async () => {
    const response = await post(
      "session",
      "/api/ingest/session",
      { name: "Ann", token: TOKEN },
      { origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("gives an HttpOnly, SameSite=Strict session cookie for the right token", async () => {
    const response = await post("session", "/api/ingest/session", { name: "Ann Analyst", token: TOKEN });
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^chip_deals_session=[\w-]+\.[\w-]+\.[\w-]+; /);
    expect(setCookie).toContain("HttpOnly");
    expect(setCookie).toContain("SameSite=Strict");
    expect(setCookie).not.toContain("Secure");
    const https = await post(
      "session",
      "/api/ingest/session",
      { name: "Ann", token: TOKEN },
      {
        "x-forwarded-proto": "https",
        origin: "https://localhost",
      },
    );
    expect(https.headers.get("set-cookie")).toContain("Secure");
    cookie = setCookie.split(";")[0]!;
  });
});

describe("writes without a session or from another origin", () => {
  it("are refused with 401 / 403 JSON and change nothing", async () => {
    const before = await snapshot();
    const noSession = await post("create", "/api/ingest", INGEST_INPUT, { cookie: "" });
    expect(noSession.status).toBe(401);
    expect(await noSession.json()).toEqual({ error: expect.stringContaining("Sign in") });
    const forged = await post("create", "/api/ingest", INGEST_INPUT, { cookie: "chip_deals_session=abc.def.ghi" });
    expect(forged.status).toBe(401);
    const foreign = await post("create", "/api/ingest", INGEST_INPUT, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error).toMatch(/Cross-origin/);
    const crossSite = await post("create", "/api/ingest", INGEST_INPUT, { origin: "", "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    expect((await post("accept", "/api/ingest/1/accept", reviewOf(), { cookie: "" }, 1)).status).toBe(401);
    expect((await post("undo", "/api/ingest/1/undo", {}, { origin: "https://evil.example" }, 1)).status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe("an ingest from hand-in to undo", () => {
  let id = 0;

  it("stores the article and the candidates as pending", async () => {
    const response = await post("create", "/api/ingest", INGEST_INPUT);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: number; extraction: { deals: unknown[] } };
    id = body.id;
    const ingest = await db.ingest.findUniqueOrThrow({ where: { id } });
    expect(ingest).toMatchObject({ status: "pending", title: INGEST_INPUT.title, createdBy: "Ann Analyst" });
    expect(ingest.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(ingest.candidates)).toEqual(body.extraction);
    expect(await db.auditEntry.findMany({ where: { ingestId: id } })).toMatchObject([
      { action: "create", actor: "Ann Analyst" },
    ]);
  });

  it("detects the same text handed in twice and says so", async () => {
    const before = await snapshot();
    const response = await post("create", "/api/ingest", { ...INGEST_INPUT, title: "Another title" });
    expect(response.status).toBe(409);
    const body = await response.json();
    expect(body).toMatchObject({ ingest: id, error: expect.stringContaining("ingested before") });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses bad input naming the field", async () => {
    const response = await post("create", "/api/ingest", { ...INGEST_INPUT, text: " ", language: "fr" });
    expect(response.status).toBe(400);
    const params = (await response.json()).issues.map((i: { param: string }) => i.param);
    expect(params).toEqual(expect.arrayContaining(["text", "language"]));
  });

  it("writes nothing when a quote is not at its offsets, or the seed's rules fail", async () => {
    const before = await snapshot();
    const shifted = { ...SENTENCES[0], start: SENTENCES[0].start + 1, end: SENTENCES[0].end + 1 };
    const cases = [
      reviewOf({ evidence: [shifted] }),
      reviewOf({ summary: "Too short." }),
      reviewOf({ amount: "3000000000" }),
      reviewOf({ currency: "EUR", usd: null }),
      reviewOf({ parties: [{ company: "no-such-company", role: "customer" }] }),
    ];
    for (const review of cases) {
      const response = await post("accept", `/api/ingest/${id}/accept`, review, {}, id);
      expect(response.status, JSON.stringify(review.deals[0])).toBe(400);
      expect((await response.json()).issues.length).toBeGreaterThan(0);
    }
    expect(await snapshot()).toEqual(before);
    expect((await db.ingest.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });

  let etag = "";
  let csvEtag = "";
  it("shows up at once in the API and the CSV after accept", async () => {
    const list = await get("deals", "/api/deals?limit=500");
    etag = list.headers.get("etag")!;
    const csv = await get("csv", "/api/deals.csv");
    csvEtag = csv.headers.get("etag")!;
    await csv.text();

    const response = await post("accept", `/api/ingest/${id}/accept`, reviewOf(), {}, id);
    expect(response.status).toBe(200);
    const result = await response.json();
    expect(result).toMatchObject({ deals: ["microsoft-buys-ai-chips-from-amd"], companies: ["kiemchip"], matched: [] });

    const deal = await db.deal.findUniqueOrThrow({
      where: { slug: "microsoft-buys-ai-chips-from-amd" },
      include: { parties: { include: { company: true } }, evidence: true },
    });
    expect(deal).toMatchObject({ valueMinor: 250_000_000_000n, valueUsdMinor: 250_000_000_000n, ingestId: id });
    expect(deal.announcedPrecision).toBe("day");
    expect(deal.searchText).toContain("kiemchip");
    // Found as a seeded deal is: by its kind's label and by a word only its Dutch quotes have.
    for (const q of ["purchase", "koeling"]) expect(await foundBy(q), q).toContain(deal.slug);
    expect(deal.parties.map((p) => `${p.company.slug}/${p.role}`).sort()).toEqual([
      "amd/supplier",
      "kiemchip/supplier",
      "microsoft/customer",
    ]);
    const article = await db.article.findUniqueOrThrow({ where: { slug: result.article } });
    expect(article).toMatchObject({ sourceFile: null, url: INGEST_INPUT.url, outlet: "Testkrant", ingestId: id });
    for (const ev of deal.evidence) expect(article.text.slice(ev.quoteStart, ev.quoteEnd)).toBe(ev.quote);
    expect(deal.evidence.find((e) => e.claim === "value")).toMatchObject({
      amountText: "2,5 miljard dollar",
      amount: "2500000000",
    });

    const fresh = await get("deals", "/api/deals?limit=500", { "if-none-match": etag });
    expect(fresh.status).toBe(200);
    expect((await fresh.json()).data.map((d: { slug: string }) => d.slug)).toContain(deal.slug);
    const freshCsv = await get("csv", "/api/deals.csv", { "if-none-match": csvEtag });
    expect(freshCsv.status).toBe(200);
    const rows = parse(await freshCsv.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.some((r) => Object.values(r).includes(deal.slug))).toBe(true);

    const log = await db.auditEntry.findMany({ where: { ingestId: id }, orderBy: { id: "asc" } });
    expect(log.map((e) => e.action)).toEqual(["create", "accept"]);
    expect(JSON.parse(log[1]!.after!)).toMatchObject({
      status: "accepted",
      written: result,
      changes: expect.any(Array),
    });
  });

  it("refuses a second accept", async () => {
    expect((await post("accept", `/api/ingest/${id}/accept`, reviewOf(), {}, id)).status).toBe(409);
  });

  it("adds a matching candidate's evidence to the existing deal as a second source", async () => {
    const text = "AMD bevestigt de order: Microsoft betaalt 2,5 miljard dollar voor de chips.";
    const { ingestId: second, response } = await acceptArticle(
      text,
      { title: "AMD bevestigt order" },
      { matches: "microsoft-buys-ai-chips-from-amd" },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ deals: [], matched: ["microsoft-buys-ai-chips-from-amd"] });
    const evidence = await db.evidence.findMany({ where: { ingestId: second } });
    expect(evidence).toMatchObject([{ claim: "value", amount: "2500000000", quote: text }]);
    expect(await db.deal.count({ where: { slug: { startsWith: "microsoft-buys-ai-chips" } } })).toBe(1);
    // The older deal is found by the second article's words too, until that is undone.
    expect(await foundBy("bevestigt")).toContain("microsoft-buys-ai-chips-from-amd");

    // The first ingest's deal now carries the second's evidence: undoing the first must wait.
    expect((await post("undo", `/api/ingest/${id}/undo`, {}, {}, id)).status).toBe(409);
    expect((await post("undo", `/api/ingest/${second}/undo`, {}, {}, second)).status).toBe(200);
    expect(await foundBy("bevestigt")).not.toContain("microsoft-buys-ai-chips-from-amd");
    expect(await foundBy("koeling")).toContain("microsoft-buys-ai-chips-from-amd");
  });

  it("undoes the whole ingest, logged, and the API and CSV drop it at once", async () => {
    const list = await get("deals", "/api/deals?limit=500");
    const acceptedEtag = list.headers.get("etag")!;
    const response = await post("undo", `/api/ingest/${id}/undo`, {}, {}, id);
    expect(response.status).toBe(200);
    expect((await response.json()).deleted).toMatchObject({ articles: 1, deals: 1, companies: 1 });
    expect(await db.deal.findUnique({ where: { slug: "microsoft-buys-ai-chips-from-amd" } })).toBeNull();
    expect(await db.company.findUnique({ where: { slug: "kiemchip" } })).toBeNull();
    for (const model of [db.article, db.deal, db.company, db.evidence, db.companyAlias] as unknown as {
      count(a: object): Promise<number>;
    }[]) {
      expect(await model.count({ where: { ingestId: id } })).toBe(0);
    }
    expect((await db.ingest.findUniqueOrThrow({ where: { id } })).status).toBe("undone");
    const log = await db.auditEntry.findMany({ where: { ingestId: id }, orderBy: { id: "asc" } });
    expect(log.map((e) => [e.action, e.actor])).toEqual([
      ["create", "Ann Analyst"],
      ["accept", "Ann Analyst"],
      ["undo", "Ann Analyst"],
    ]);

    const after = await get("deals", "/api/deals?limit=500", { "if-none-match": acceptedEtag });
    expect(after.status).toBe(200);
    expect((await after.json()).data.map((d: { slug: string }) => d.slug)).not.toContain(
      "microsoft-buys-ai-chips-from-amd",
    );
    const csv = await (await get("csv", "/api/deals.csv")).text();
    expect(csv).not.toContain("microsoft-buys-ai-chips-from-amd");
  });

  it("reopens an undone ingest when the same text is handed in again", async () => {
    const response = await post("create", "/api/ingest", INGEST_INPUT);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ id, reopened: true });
    expect((await db.ingest.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
  });
});

describe("an accepted ingest's evidence", () => {
  it("is written as the seed writes it: figure date, USD equivalent and its rate", async () => {
    // 29 January 2026 has a stored EUR rate (prisma/seed/data/fx-rates.ts): 1.1970 dollars a euro.
    const text = "Microsoft betaalt 1,3 miljard euro voor AI-chips van AMD, meldde het bedrijf donderdag.";
    const { response } = await acceptArticle(
      text,
      { title: "Microsoft koopt chips in euro", publishedOn: "2026-01-29" },
      {
        title: "Microsoft pays AMD in euros",
        amount: "1300000000",
        currency: "EUR",
        usd: "1556100000",
        announcedOn: "2026-01-29",
        parties: [
          { company: "microsoft", role: "customer", name: "Microsoft" },
          { company: "amd", role: "supplier", name: "AMD" },
        ],
      },
    );
    expect(response.status).toBe(200);

    const rate = await db.fxRate.findFirstOrThrow({ where: { currency: "EUR", date: new Date("2026-01-29") } });
    const deal = await db.deal.findUniqueOrThrow({
      where: { slug: "microsoft-pays-amd-in-euros" },
      include: { evidence: { orderBy: { id: "asc" } } },
    });
    expect(deal).toMatchObject({
      valueMinor: 130_000_000_000n,
      valueUsdMinor: 155_610_000_000n,
      valueFxRateId: rate.id,
    });
    expect(deal.evidence.length).toBeGreaterThan(1);
    // No English gloss is made up for an ingested Dutch quote.
    for (const ev of deal.evidence) expect(ev.gloss).toBeNull();
    expect(deal.evidence.find((e) => e.claim === "value")).toMatchObject({
      amountText: "1,3 miljard euro",
      amount: "1300000000",
      unit: "EUR",
      amountUsd: "1556100000",
      fxRateId: rate.id,
    });

    // The API says where the dollar figure came from, as it does for the seed's.
    const api = (await (await get("deals", "/api/deals?q=euros&limit=5")).json()) as {
      data: { slug: string; value: { fx: { date: string } | null }; sources: { figure: { usd: unknown } | null }[] }[];
    };
    const dto = api.data.find((d) => d.slug === deal.slug)!;
    expect(dto.value.fx).toMatchObject({ date: "2026-01-29" });
    expect(dto.sources.some((s) => s.figure?.usd)).toBe(true);
  });

  /** An ingest of `text` published on `publishedOn`, reviewed as a second source of the euro deal. */
  const secondEuroSource = (text: string, publishedOn: string) =>
    acceptArticle(
      text,
      { title: `Tweede bron ${publishedOn}`, publishedOn },
      {
        title: "Microsoft pays AMD in euros",
        amount: "1300000000",
        currency: "EUR",
        usd: null,
        announcedOn: "2026-01-29",
        matches: "microsoft-pays-amd-in-euros",
      },
    );

  it("gives a second source's euro figure its USD equivalent and rate, as a new deal's", async () => {
    const text = "AMD bevestigt dat Microsoft 1,3 miljard euro betaalt voor de AI-chips.";
    const { ingestId, response } = await secondEuroSource(text, "2026-01-29");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ matched: ["microsoft-pays-amd-in-euros"] });
    const rate = await db.fxRate.findFirstOrThrow({ where: { currency: "EUR", date: new Date("2026-01-29") } });
    expect(await db.evidence.findMany({ where: { ingestId } })).toMatchObject([
      { claim: "value", amount: "1300000000", unit: "EUR", amountUsd: "1556100000", fxRateId: rate.id, quote: text },
    ]);
  });

  it("refuses a second source's euro figure from a day without a stored rate, naming the day", async () => {
    const text = "Volgens AMD betaalt Microsoft 1,3 miljard euro voor de AI-chips.";
    expect(await db.fxRate.count({ where: { currency: "EUR", date: new Date("2026-01-30") } })).toBe(0);
    const { ingestId, response } = await secondEuroSource(text, "2026-01-30");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { message: string }[] };
    expect(body.issues.map((i) => i.message).join("\n")).toMatch(/EUR amount has no exchange rate for 2026-01-30/);
    expect(await db.evidence.count({ where: { ingestId } })).toBe(0);
    expect((await db.ingest.findUniqueOrThrow({ where: { id: ingestId } })).status).toBe("pending");
  });
});

describe("a party's name that is new for its company", () => {
  it("is an alias in the text of every deal of that company, until the ingest is undone", async () => {
    expect(await foundBy("devices")).not.toContain("meta-amd-instinct");
    const text = "Advanced Micro Devices levert Microsoft voor 2,5 miljard dollar AI-chips, zei het bedrijf.";
    const { ingestId, response } = await acceptArticle(
      text,
      { title: "Advanced Micro Devices levert Microsoft" },
      {
        title: "Microsoft buys chips from Advanced Micro Devices",
        parties: [
          { company: "microsoft", role: "customer", name: "Microsoft" },
          { company: "amd", role: "supplier", name: "Advanced Micro Devices" },
        ],
      },
    );
    expect(response.status).toBe(200);
    expect(await db.companyAlias.count({ where: { ingestId, alias: "Advanced Micro Devices" } })).toBe(1);
    // The seed's AMD deal is found by the name too, as the seed puts aliases in its deals' text.
    expect(await foundBy("devices")).toEqual(
      expect.arrayContaining(["meta-amd-instinct", "microsoft-buys-chips-from-advanced-micro-devices"]),
    );

    expect((await post("undo", `/api/ingest/${ingestId}/undo`, {}, {}, ingestId)).status).toBe(200);
    expect(await foundBy("devices")).not.toContain("meta-amd-instinct");
  });
});
