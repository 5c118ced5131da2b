import { NextResponse, type NextRequest } from "next/server";
import { apiRefusal, isApiPath } from "@/lib/api/guarded";
import { DATABASE_FAULTS, RETRY_AFTER_SECONDS } from "@/lib/db/faults";
import { databaseHealth } from "@/lib/db/health";
import { env } from "@/lib/env";
import { isDatabaseFree, malformedRequest } from "@/lib/http/request-guard";
import { statusPageResponse } from "@/lib/http/status-page";
import { createNonce, isEmbedPath, pageContentSecurityPolicy, withSecurityHeaders } from "@/lib/security/headers";

// Runs before every page and route handler but GET /api/deals (see config): security headers
// with a per-request CSP nonce; a 400 for requests Next itself would answer with a bare 500; and
// a 503 instead of a broken page while the database is missing, read-only, locked or damaged (a
// server component cannot set its status, this can).

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (isApiPath(pathname))
    return withSecurityHeaders((await apiRefusal(pathname, request.headers)) ?? NextResponse.next());

  const malformed = malformedRequest(pathname, request.headers);
  if (malformed) {
    return withSecurityHeaders(
      statusPageResponse({
        status: 400,
        title: "Bad request",
        paragraphs: [`This address cannot be read: ${malformed.message}.`],
      }),
    );
  }

  if (!isDatabaseFree(pathname)) {
    const health = await databaseHealth();
    if (!health.ok) {
      return withSecurityHeaders(
        statusPageResponse({
          status: 503,
          title: "chip-deals is temporarily unavailable",
          paragraphs: [
            `The deals cannot be shown right now: ${DATABASE_FAULTS[health.fault]}.`,
            "Nothing is lost. This page reloads by itself, and the dashboard is back as soon as the database is.",
          ],
          retryAfter: RETRY_AFTER_SECONDS,
        }),
      );
    }
  }

  const nonce = createNonce();
  const embed = isEmbedPath(pathname);
  const policy = pageContentSecurityPolicy(
    nonce,
    env.NODE_ENV === "development",
    embed ? env.EMBED_FRAME_ANCESTORS : undefined,
  );
  // Next takes the nonce from the request's CSP header and puts it on every script it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-nonce", nonce);
  // The layout leaves out the site's chrome for an embed; only this proxy may say so.
  requestHeaders.delete("x-embed");
  if (embed) requestHeaders.set("x-embed", "1");
  const response = withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), policy);
  // X-Frame-Options has no allow-list: an embed relies on frame-ancestors alone.
  if (embed) response.headers.delete("X-Frame-Options");
  return response;
}

export const config = {
  // Everything but the build's static files, which next.config.ts gives the static headers, and
  // the list of deals, the API's busiest path: running the proxy took 0.6-0.8 ms of a 3-4 ms
  // answer, so that route does the proxy's work itself (lib/api/guarded.ts).
  matcher: ["/((?!_next/static|_next/image|api/deals$).*)"],
};
