// Calls route handlers in-process with real Requests against the seeded test database.
import * as deal from "@/app/api/deals/[slug]/route";
import * as deals from "@/app/api/deals/route";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES: [RegExp, Handler][] = [
  [/^\/api\/deals$/, deals.GET as Handler],
  [/^\/api\/deals\/(?<slug>[^/]+)$/, deal.GET as Handler],
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
