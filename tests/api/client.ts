// Calls route handlers in-process with real Requests against the seeded test database.
import * as article from "@/app/api/articles/[slug]/route";
import * as company from "@/app/api/companies/[slug]/route";
import * as companies from "@/app/api/companies/route";
import * as deal from "@/app/api/deals/[slug]/route";
import * as deals from "@/app/api/deals/route";
import * as events from "@/app/api/events/route";
import * as stats from "@/app/api/stats/route";
import * as timeline from "@/app/api/timeline/route";

/** The slugs of the deals prisma/seed writes, sorted. */
export const SEEDED_DEAL_SLUGS = [
  "meta-amd-instinct",
  "nvidia-us-ai-infrastructure",
  "spacex-invests-in-xai",
  "spacex-ipo",
  "spacex-xai-merger",
  "tesla-chip-supply-samsung-tsmc",
  "tesla-invests-in-xai",
  "tesla-samsung-ai6-foundry",
  "xai-absorbs-x",
  "xai-funding-round-2026",
];

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export const ROUTES: [RegExp, Handler][] = [
  [/^\/api\/deals$/, deals.GET as Handler],
  [/^\/api\/deals\/(?<slug>[^/]+)$/, deal.GET as Handler],
  [/^\/api\/companies$/, companies.GET as Handler],
  [/^\/api\/companies\/(?<slug>[^/]+)$/, company.GET as Handler],
  [/^\/api\/events$/, events.GET as Handler],
  [/^\/api\/timeline$/, timeline.GET as Handler],
  [/^\/api\/stats$/, stats.GET as Handler],
  [/^\/api\/articles\/(?<slug>[^/]+)$/, article.GET as Handler],
];

export async function get(url: string, headers: HeadersInit = {}): Promise<Response> {
  const request = new Request(new URL(url, "http://localhost"), { headers });
  const path = new URL(request.url).pathname;
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
      return handler(request, { params: Promise.resolve(params) });
    }
  }
  throw new Error(`no route for ${path}`);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read error bodies loosely
export async function getJson<T = any>(url: string): Promise<{ status: number; body: T; response: Response }> {
  const response = await get(url);
  return { status: response.status, body: (await response.json()) as T, response };
}
