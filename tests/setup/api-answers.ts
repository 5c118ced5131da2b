// Every API answer a database gives, through the real route handlers: for tests that a restored
// database answers every query exactly as the original did (SQLite backup, PostgreSQL dump).
import { expect } from "vitest";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export interface ApiAnswer {
  status: number;
  etag: string | null;
  body: string;
}
export type ApiGet = (url: string) => Promise<ApiAnswer>;

const MODULES: [RegExp, string][] = [
  [/^\/api\/deals$/, "@/app/api/deals/route"],
  [/^\/api\/deals\.csv$/, "@/app/api/deals.csv/route"],
  [/^\/api\/deals\/(?<slug>[^/]+)$/, "@/app/api/deals/[slug]/route"],
  [/^\/api\/companies$/, "@/app/api/companies/route"],
  [/^\/api\/companies\/(?<slug>[^/]+)$/, "@/app/api/companies/[slug]/route"],
  [/^\/api\/events$/, "@/app/api/events/route"],
  [/^\/api\/timeline$/, "@/app/api/timeline/route"],
  [/^\/api\/stats$/, "@/app/api/stats/route"],
  [/^\/api\/articles\/(?<slug>[^/]+)$/, "@/app/api/articles/[slug]/route"],
];

/** The route handlers, imported now (so on the DATABASE_URL in force), as one GET function. */
export async function loadApiRoutes(): Promise<ApiGet> {
  const routes: [RegExp, Handler][] = [];
  for (const [pattern, name] of MODULES)
    routes.push([pattern, ((await import(/* @vite-ignore */ name)) as { GET: Handler }).GET]);
  return async (url) => {
    const request = new Request(new URL(url, "http://localhost"));
    const pathname = new URL(request.url).pathname;
    const route = routes.find(([pattern]) => pattern.test(pathname));
    if (!route) throw new Error(`no route for ${pathname}`);
    const params = Promise.resolve({ ...route[0].exec(pathname)!.groups });
    const response = await route[1](request, { params });
    // A weak ETag (the CSV's) names the data version, which every write changes, a restore
    // included: only strong ones, hashes of the body, must survive a restore.
    const etag = response.headers.get("etag");
    return {
      status: response.status,
      etag: etag?.startsWith("W/") ? "W/(data version)" : etag,
      body: await response.text(),
    };
  };
}

export const LISTS = [
  "/api/deals?limit=500",
  "/api/deals?limit=500&sort=valueUsd",
  "/api/deals?limit=500&sort=-title&company=tesla",
  "/api/deals?limit=3",
  "/api/deals?q=hand-added&limit=500",
  "/api/deals?minUsd=100000000&maxUsd=500000000&limit=500",
  "/api/deals?from=2026-06&to=2026-12&limit=500",
  "/api/deals?kind=chip_purchase&valueKind=firm&limit=500",
  "/api/companies",
  "/api/events?limit=500",
  "/api/timeline?limit=500",
  "/api/timeline?type=deal&company=tesla&limit=500",
  "/api/stats",
  "/api/stats?company=tesla",
  "/api/deals.csv",
  "/api/deals.csv?dialect=excel-nl&sort=title",
];

/** Every query: the lists above, then each deal, company and article they name. */
export async function everyAnswer(get: ApiGet): Promise<Map<string, ApiAnswer>> {
  const all = new Map<string, ApiAnswer>();
  for (const url of LISTS) all.set(url, await get(url));
  const deals = JSON.parse(all.get("/api/deals?limit=500")!.body) as {
    data: { slug: string; sources: { article: string }[] }[];
  };
  const companies = JSON.parse(all.get("/api/companies")!.body) as { data: { slug: string }[] };
  const articles = new Set(deals.data.flatMap((d) => d.sources.map((s) => s.article)));
  for (const d of deals.data) all.set(`/api/deals/${d.slug}`, await get(`/api/deals/${d.slug}`));
  for (const c of companies.data) all.set(`/api/companies/${c.slug}`, await get(`/api/companies/${c.slug}`));
  for (const a of articles) all.set(`/api/articles/${a}`, await get(`/api/articles/${a}`));
  for (const [url, answer] of all) expect(answer.status, url).toBe(200);
  return all;
}
