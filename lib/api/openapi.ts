import { ArticleDto } from "@/lib/articles/schemas";
import { CompanyDetailDto, CompanyListDto, CompanyListQuerySchema } from "@/lib/companies/schemas";
import { EventListDto, EventQuerySchema } from "@/lib/events/schemas";
import { StatsDto } from "@/lib/stats/schemas";
import { TimelineDto, TimelineQuerySchema } from "@/lib/timeline/schemas";
import { z } from "zod";
import { repeatableKeys } from "./search-params";
import { DealCsvQuerySchema } from "@/lib/deals/csv";
import { CSV_COLUMNS } from "@/lib/deals/csv-format";
import { DealDto, DealListDto, DealFilterSchema, DealQuerySchema, Slug, SourceDto } from "@/lib/deals/schemas";

// The OpenAPI 3.1 document, generated from the same zod schemas the route handlers use.
// Add a route with one entry in `routes`; nothing here restates a schema by hand.

/** The body of every error answer (see lib/api/respond.ts errorResponse). */
export const ErrorSchema = z.object({
  error: z.string().describe("human-readable summary"),
  issues: z
    .array(z.object({ param: z.string().describe("query or path parameter at fault"), message: z.string() }))
    .optional()
    .describe("one entry per invalid parameter (400 only)"),
});

/** Loose shape of this document itself, for GET /api/openapi.json. */
const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
  components: z.record(z.string(), z.unknown()).optional(),
});

type ErrorStatus = 400 | 404 | 503;

export interface RouteSpec {
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** Query parameters: one per key of the object's shape. */
  query?: z.ZodObject;
  /** Path parameters; every `{name}` in `path` must be a key. */
  pathParams?: z.ZodObject;
  /** The 200 body, registered as components.schemas[responseName] (JSON responses only). */
  response: z.ZodType;
  responseName: string;
  /** Media type of the 200 body; defaults to application/json. */
  contentType?: "application/json" | "text/csv";
  errors: ErrorStatus[];
}

export const routes: RouteSpec[] = [
  {
    path: "/api/deals",
    operationId: "listDeals",
    summary: "List deals, filtered, sorted and paged",
    query: DealQuerySchema,
    response: DealListDto,
    responseName: "DealList",
    errors: [400],
  },
  {
    path: "/api/deals/{slug}",
    operationId: "getDeal",
    summary: "One deal with its sources",
    pathParams: z.object({ slug: Slug.describe("deal slug") }),
    response: DealDto,
    responseName: "Deal",
    errors: [404],
  },
  {
    path: "/api/deals.csv",
    operationId: "exportDealsCsv",
    summary: "Every deal matching the /api/deals filters as a CSV download",
    query: DealCsvQuerySchema,
    response: z.string().describe(`CSV text: a header row of ${CSV_COLUMNS.join(", ")}, then one row per deal`),
    responseName: "DealsCsv",
    contentType: "text/csv",
    errors: [400],
  },
  {
    path: "/api/companies",
    operationId: "listCompanies",
    summary: "Every company with aliases and deal and event counts",
    query: CompanyListQuerySchema,
    response: CompanyListDto,
    responseName: "CompanyList",
    errors: [400],
  },
  {
    path: "/api/companies/{slug}",
    operationId: "getCompany",
    summary: "One company with its deals (and its roles in each) and events",
    pathParams: z.object({ slug: Slug.describe("company slug") }),
    response: CompanyDetailDto,
    responseName: "CompanyDetail",
    errors: [404],
  },
  {
    path: "/api/events",
    operationId: "listEvents",
    summary: "Dated events that are not deals",
    query: EventQuerySchema,
    response: EventListDto,
    responseName: "EventList",
    errors: [400],
  },
  {
    path: "/api/timeline",
    operationId: "getTimeline",
    summary: "Deals and events merged newest first",
    query: TimelineQuerySchema,
    response: TimelineDto,
    responseName: "Timeline",
    errors: [400],
  },
  {
    path: "/api/stats",
    operationId: "getStats",
    summary: "Counts and USD sums per value kind, by year, deal kind, company and role",
    query: DealFilterSchema,
    response: StatsDto,
    responseName: "Stats",
    errors: [400],
  },
  {
    path: "/api/articles/{slug}",
    operationId: "getArticle",
    summary: "An article's text and the offsets of every quote cited from it",
    pathParams: z.object({ slug: Slug.describe("article slug") }),
    response: ArticleDto,
    responseName: "Article",
    errors: [404],
  },
  {
    path: "/api/openapi.json",
    operationId: "getOpenApiDocument",
    summary: "This OpenAPI 3.1 document",
    response: OpenApiDocumentSchema,
    responseName: "OpenApiDocument",
    errors: [],
  },
];

/** Named sub-schemas shared by several bodies, emitted once and referenced. */
const SHARED: [z.ZodType, string][] = [
  [SourceDto, "Source"],
  [DealDto, "Deal"],
];

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: "Invalid parameters; `issues` names each one",
  404: "Not found",
  503: "Service unavailable",
};

type JsonSchema = Record<string, unknown>;

const VALIDATOR_HEADERS = {
  ETag: { description: "Validator for If-None-Match; weak on the streamed CSV", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function stripMeta(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  for (const key of ["$schema", "$id", "id"]) delete rest[key];
  return rest;
}

/** All response bodies (and shared parts) as components.schemas, cross-referenced with $ref. */
function componentSchemas(specs: RouteSpec[]): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  const add = (schema: z.ZodType, id: string) => {
    if (!registry.has(schema)) registry.add(schema, { id });
  };
  for (const [schema, id] of SHARED) add(schema, id);
  for (const spec of specs)
    if ((spec.contentType ?? "application/json") === "application/json") add(spec.response, spec.responseName);
  add(ErrorSchema, "Error");
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, stripMeta(schema as JsonSchema)]));
}

function parameter(name: string, field: z.ZodType, where: "query" | "path", repeatable: boolean): JsonSchema {
  const { description, ...schema } = stripMeta(
    z.toJSONSchema(field, { target: "draft-2020-12", io: "input" }) as JsonSchema,
  );
  const required = where === "path" || !field.safeParse(undefined).success;
  const param: JsonSchema = { name, in: where };
  if (typeof description === "string") param.description = description;
  if (required) param.required = true;
  if (repeatable) {
    param.schema = schema.type === "array" ? schema : { type: "array", items: schema };
    param.style = "form";
    param.explode = true;
  } else {
    param.schema = schema;
  }
  return param;
}

function operation(spec: RouteSpec): JsonSchema {
  // Array fields may be repeated (sent as key=a&key=b), as parseSearchParams reads them.
  const repeatable = new Set(spec.query ? repeatableKeys(spec.query) : []);
  const parameters = [
    ...Object.entries(spec.pathParams?.shape ?? {}).map(([name, field]) =>
      parameter(name, field as z.ZodType, "path", false),
    ),
    ...Object.entries(spec.query?.shape ?? {}).map(([name, field]) =>
      parameter(name, field as z.ZodType, "query", repeatable.has(name)),
    ),
  ];
  const contentType = spec.contentType ?? "application/json";
  const okSchema =
    contentType === "application/json"
      ? ref(spec.responseName)
      : stripMeta(z.toJSONSchema(spec.response, { io: "output" }) as JsonSchema);
  const responses: Record<string, JsonSchema> = {
    200: { description: "OK", headers: VALIDATOR_HEADERS, content: { [contentType]: { schema: okSchema } } },
    304: { description: "Not modified: the If-None-Match ETag is current", headers: VALIDATOR_HEADERS },
  };
  for (const status of spec.errors) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      content: { "application/json": { schema: ref("Error") } },
    };
  }
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    responses,
  };
}

export function buildOpenApiDocument(): object {
  return {
    openapi: "3.1.0",
    info: {
      title: "Chip deals API",
      version: "1.0.0",
      description: "Read-only JSON API over the chip-deals database. Dates are ISO; money is exact decimal text.",
    },
    paths: Object.fromEntries(routes.map((spec) => [spec.path, { get: operation(spec) }])),
    components: { schemas: componentSchemas(routes) },
  };
}
