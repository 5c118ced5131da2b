import { get, SEEDED_DEAL_SLUGS as SLUGS } from "./client";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getDeal } from "@/app/api/deals/[slug]/route";
import { GET as listDeals } from "@/app/api/deals/route";
import { GET as getOpenApi } from "@/app/api/openapi.json/route";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { DealCsvQuerySchema } from "@/lib/deals/csv";
import { DealQuerySchema, type DealDto, type DealListDto } from "@/lib/deals/schemas";

// The OpenAPI document is checked by an independent OpenAPI 3.1 validator, and real responses of
// the route handlers (in-process, seeded database) are checked against its response schemas.

type Json = Record<string, unknown>;
interface Operation {
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    style?: string;
    explode?: boolean;
    description?: string;
    schema: Json;
  }[];
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}

const BASE = "https://chip-deals.test/openapi.json";
const doc = buildOpenApiDocument() as {
  openapi: string;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Json> };
};

const ajv = new Ajv2020({ strict: false, allErrors: true });
// The whole document under one $id, so "#/components/schemas/..." refs resolve inside it.
ajv.addSchema({ ...doc, $id: BASE }, undefined, undefined, false);

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/** A validator for the JSON body of `path` answering `status`, taken from the document. */
function bodyValidator(path: string, status: number) {
  const content = doc.paths[path]?.get.responses[String(status)]?.content?.["application/json"];
  if (!content) throw new Error(`no application/json response ${status} for ${path}`);
  return ajv.compile({
    $ref: `${BASE}#/${pointer("paths", path, "get", "responses", String(status), "content", "application/json", "schema")}`,
  });
}

function expectValid(path: string, status: number, body: unknown) {
  const validate = bodyValidator(path, status);
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${path} ${status}`).toEqual([]);
}

async function call(response: Promise<Response>, status: number): Promise<unknown> {
  const res = await response;
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return res.json();
}

const list = (query: string) =>
  call(listDeals(new Request(`http://localhost/api/deals${query}`)), 200) as Promise<DealListDto>;
const deal = (slug: string, status = 200) =>
  call(getDeal(new Request(`http://localhost/api/deals/${slug}`), { params: Promise.resolve({ slug }) }), status);

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document (independent validator)", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Json);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
    expect(doc.openapi).toBe("3.1.0");
  });

  it("the validator rejects a broken document (so the check above can fail)", async () => {
    const broken = structuredClone(doc);
    broken.paths["/api/deals"]!.get.parameters![0]!.in = "body"; // OpenAPI 2 only
    expect((await new Validator().validate(broken as unknown as Json)).valid).toBe(false);
  });

  it("has one query parameter per DealQuerySchema key, repeatable ones as exploded form arrays", () => {
    const params = doc.paths["/api/deals"]!.get.parameters ?? [];
    const keys = Object.keys(DealQuerySchema.shape);
    expect(params.map((p) => p.name).sort()).toEqual([...keys].sort());
    for (const p of params) {
      expect(p.in).toBe("query");
      expect(p.required ?? false, p.name).toBe(false);
      const repeatable = ["company", "kind"].includes(p.name);
      if (repeatable) expect(p, p.name).toMatchObject({ style: "form", explode: true, schema: { type: "array" } });
      else expect(p.schema.type, p.name).not.toBe("array");
      // A .describe() on the field, or on the schema it wraps (.optional() of a described schema).
      const field = (DealQuerySchema.shape as Record<string, z.ZodType>)[p.name]!;
      const inner =
        field instanceof z.ZodOptional || field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : field;
      expect(p.description, p.name).toBe(field.description ?? inner.description);
    }
    const sort = params.find((p) => p.name === "sort")!;
    expect(sort.schema).toMatchObject({
      default: "-announcedOn",
      enum: expect.arrayContaining(["title", "-valueUsd"]),
    });
    expect(params.find((p) => p.name === "limit")!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 500 });
  });

  it("documents /api/deals.csv from its own query schema, answering text/csv", () => {
    const csv = doc.paths["/api/deals.csv"]!.get;
    expect((csv.parameters ?? []).map((p) => p.name).sort()).toEqual(Object.keys(DealCsvQuerySchema.shape).sort());
    expect(Object.keys(csv.responses["200"]?.content ?? {})).toEqual(["text/csv"]);
  });

  it("gives dates at their precision, with the precision beside them", () => {
    const deal = doc.components.schemas.Deal as { properties: Record<string, Json>; required: string[] };
    expect(deal.properties.announcedOn).toMatchObject({ type: "string", pattern: expect.any(String) });
    const pattern = new RegExp(deal.properties.announcedOn!.pattern as string);
    for (const ok of ["2025-07", "2025-Q3", "2025", "2026-02-24"]) expect(ok).toMatch(pattern);
    expect("2025-7").not.toMatch(pattern);
    expect(deal.properties.announcedPrecision).toMatchObject({ enum: ["day", "month", "quarter", "year"] });
    expect(deal.required).toEqual(expect.arrayContaining(["announcedOn", "announcedPrecision"]));
    expect(deal.properties).not.toHaveProperty("announced");
  });

  it("declares path parameters for every templated path segment", () => {
    for (const [path, { get }] of Object.entries(doc.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (get.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
      expect(declared, path).toEqual(templated);
    }
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/deals", "/api/deals/{slug}", "/api/openapi.json"]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(["DealList", "Deal", "Source", "Error"]),
    );
  });
});

describe("real responses match the document", () => {
  let sample: DealDto;
  beforeAll(async () => {
    sample = (await list("?limit=1")).data[0]!;
  });

  it.each([
    "",
    "?limit=500",
    "?sort=title&limit=3",
    "?company=tesla&company=xai&kind=strategic_investment",
    "?q=zzz-nothing",
    "?from=2026-01&to=2026&minUsd=1000000000&sort=-valueUsd",
  ])("GET /api/deals%s", async (query) => {
    expectValid("/api/deals", 200, await list(query));
  });

  it("GET /api/deals with a nextCursor, and the page it points to", async () => {
    const first = await list("?limit=5&sort=valueUsd");
    expect(first.nextCursor).toEqual(expect.any(String));
    expectValid("/api/deals", 200, first);
    const second = await list(`?limit=5&sort=valueUsd&cursor=${encodeURIComponent(first.nextCursor!)}`);
    expectValid("/api/deals", 200, second);
  });

  it("GET /api/deals/{slug} of a month-precision deal: 2025-07, no made-up day", async () => {
    const body = (await deal("tesla-samsung-ai6-foundry")) as DealDto;
    expect(body).toMatchObject({ announcedOn: "2025-07", announcedPrecision: "month" });
    expectValid("/api/deals/{slug}", 200, body);
    expect(bodyValidator("/api/deals/{slug}", 200)({ ...body, announcedOn: "2025-07-1" })).toBe(false);
  });

  it.each(SLUGS)("GET /api/deals/%s", async (slug) => {
    const body = await deal(slug);
    expect((body as DealDto).slug).toBe(slug);
    expectValid("/api/deals/{slug}", 200, body);
  });

  it("GET /api/deals/{slug} 404", async () => {
    const body = await deal("no-such-deal", 404);
    expectValid("/api/deals/{slug}", 404, body);
  });

  it.each(["?limit=0&sort=sideways", "?bogus=1&role=customer&role=supplier"])(
    "GET /api/deals%s is a 400 Error",
    async (query) => {
      const body = (await call(listDeals(new Request(`http://localhost/api/deals${query}`)), 400)) as {
        issues?: unknown[];
      };
      expect(body.issues?.length).toBeGreaterThanOrEqual(2);
      expectValid("/api/deals", 400, body);
    },
  );

  it("GET /api/openapi.json serves the document, valid against itself and the validator", async () => {
    const body = (await call(getOpenApi(new Request("http://localhost/api/openapi.json")), 200)) as Json;
    expect(body).toEqual(JSON.parse(JSON.stringify(doc)));
    expectValid("/api/openapi.json", 200, body);
    expect((await new Validator().validate(body)).valid).toBe(true);
  });

  it("rejects bodies that break the schema (so the checks above can fail)", () => {
    const validDeal = bodyValidator("/api/deals/{slug}", 200);
    expect(validDeal(sample)).toBe(true);
    const noSlug: Partial<DealDto> = { ...sample };
    delete noSlug.slug;
    expect(validDeal(noSlug)).toBe(false);
    expect(validDeal({ ...sample, extra: 1 })).toBe(false);
    expect(validDeal({ ...sample, kind: "gift" })).toBe(false);
    const validList = bodyValidator("/api/deals", 200);
    expect(validList({ data: [noSlug], total: 1, nextCursor: null })).toBe(false);
    expect(validList({ data: [], total: 0 })).toBe(false);
    expect(bodyValidator("/api/deals", 400)({ message: "x" })).toBe(false);
  });
});

describe("real responses of the other routes match the document", () => {
  it.each([
    ["/api/companies", "/api/companies", 200],
    ["/api/companies/{slug}", "/api/companies/tesla", 200],
    ["/api/companies/{slug}", "/api/companies/nvidia", 200],
    ["/api/companies/{slug}", "/api/companies/intel", 404],
    ["/api/events", "/api/events?limit=500", 200],
    ["/api/events", "/api/events?limit=3", 200],
    ["/api/events", "/api/events?kind=nope", 400],
    ["/api/timeline", "/api/timeline?limit=500", 200],
    ["/api/timeline", "/api/timeline?company=tesla&type=deal", 200],
    ["/api/timeline", "/api/timeline?limit=0", 400],
    ["/api/stats", "/api/stats", 200],
    ["/api/stats", "/api/stats?company=xai", 200],
    ["/api/stats", "/api/stats?sort=title", 400],
    ["/api/articles/{slug}", "/api/articles/meta-buys-amd-ai-chips", 200],
    ["/api/articles/{slug}", "/api/articles/xai-merges-into-spacex", 200],
    ["/api/articles/{slug}", "/api/articles/nope", 404],
  ] as const)("%s: GET %s answers %i as documented", async (path, url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expectValid(path, status, await response.json());
  });
});
