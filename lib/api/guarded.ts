import { databaseHealth } from "@/lib/db/health";
import { isDatabaseFree, malformedRequest } from "@/lib/http/request-guard";
import { withSecurityHeaders } from "@/lib/security/headers";
import { databaseUnavailableResponse, jsonError } from "./respond";

// What an API request gets before its route runs: from proxy.ts, or from the route itself where
// the proxy's matcher leaves it out (see there).

export const isApiPath = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

/**
 * The answer to an API request that its route must not see, or null: a 400 for a request Next
 * would answer with a bare 500, a 503 while the database cannot answer (the same health check
 * as the pages').
 */
export async function apiRefusal(pathname: string, headers: Headers): Promise<Response | null> {
  const malformed = malformedRequest(pathname, headers);
  if (malformed) return jsonError({ error: "Bad request", issues: [malformed] }, 400);
  if (isDatabaseFree(pathname)) return null;
  const health = await databaseHealth();
  return health.ok ? null : databaseUnavailableResponse(health.fault);
}

/** A route handler that answers as it would behind proxy.ts: refused by apiRefusal, and with the security headers. */
export function guarded<A extends unknown[]>(fn: (request: Request, ...args: A) => Promise<Response>) {
  return async (request: Request, ...args: A): Promise<Response> =>
    withSecurityHeaders(
      (await apiRefusal(new URL(request.url).pathname, request.headers)) ?? (await fn(request, ...args)),
    );
}
