import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailableResponse, jsonError } from "@/lib/api/respond";
import { DATABASE_FAULTS, RETRY_AFTER_SECONDS } from "@/lib/db/faults";
import { databaseHealth } from "@/lib/db/health";
import { env } from "@/lib/env";
import { malformedRequest } from "@/lib/http/request-guard";
import { statusPageResponse } from "@/lib/http/status-page";
import {
  createNonce,
  isEmbedPath,
  pageContentSecurityPolicy,
  RESOURCE_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from "@/lib/security/headers";

// Runs before every page and route handler: security headers with a per-request CSP nonce; a
// 400 for requests Next itself would answer with a bare 500; and a 503 instead of a broken page
// while the database is missing, read-only, locked or damaged (a server component cannot set
// its status, this can).

/** Routes that never read the database answer even while it is down: public/'s files and the API document. */
const DATABASE_FREE = /^\/(?:icon\.svg|fonts\/[\w.-]+|api\/openapi\.json)$/;

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const api = pathname === "/api" || pathname.startsWith("/api/");

  const malformed = malformedRequest(pathname, request.headers);
  if (malformed) {
    const response = api
      ? jsonError({ error: "Bad request", issues: [malformed] }, 400)
      : statusPageResponse({
          status: 400,
          title: "Bad request",
          paragraphs: [`This address cannot be read: ${malformed.message}.`],
        });
    return secure(response);
  }

  if (!DATABASE_FREE.test(pathname)) {
    const health = await databaseHealth();
    if (!health.ok) {
      const response = api
        ? databaseUnavailableResponse(health.fault)
        : statusPageResponse({
            status: 503,
            title: "chip-deals is temporarily unavailable",
            paragraphs: [
              `The deals cannot be shown right now: ${DATABASE_FAULTS[health.fault]}.`,
              "Nothing is lost. This page reloads by itself, and the dashboard is back as soon as the database is.",
            ],
            retryAfter: RETRY_AFTER_SECONDS,
          });
      return secure(response);
    }
  }

  if (api) return secure(NextResponse.next(), RESOURCE_CONTENT_SECURITY_POLICY);

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
  const response = secure(NextResponse.next({ request: { headers: requestHeaders } }), policy);
  // X-Frame-Options has no allow-list: an embed relies on frame-ancestors alone.
  if (embed) response.headers.delete("X-Frame-Options");
  return response;
}

/** Adds the security headers, and a CSP unless the response brought its own. */
function secure(response: Response, policy: string = RESOURCE_CONTENT_SECURITY_POLICY): Response {
  if (!response.headers.has("Content-Security-Policy")) response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files, which next.config.ts gives the static headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
