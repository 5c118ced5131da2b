import { NextResponse, type NextRequest } from "next/server";
import { databaseUnavailableResponse } from "@/lib/api/respond";
import { RETRY_AFTER_SECONDS } from "@/lib/db/faults";
import { databaseHealth } from "@/lib/db/health";
import { unavailablePageHtml } from "@/lib/db/unavailable-page";
import { env } from "@/lib/env";
import {
  createNonce,
  errorPageContentSecurityPolicy,
  pageContentSecurityPolicy,
  RESOURCE_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from "@/lib/security/headers";

// Runs before every page and route handler: security headers with a per-request CSP nonce, and a
// 503 instead of a broken page while the database is missing, read-only, locked or damaged
// (a server component cannot set its status; this can).

/** Routes that never read the database answer even while it is down. */
const DATABASE_FREE = /^\/(?:icon\.svg|api\/openapi\.json)$/;

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  const api = pathname === "/api" || pathname.startsWith("/api/");

  if (!DATABASE_FREE.test(pathname)) {
    const health = await databaseHealth();
    if (!health.ok) {
      if (api) return secure(databaseUnavailableResponse(health.fault), RESOURCE_CONTENT_SECURITY_POLICY);
      const nonce = createNonce();
      const page = new Response(unavailablePageHtml(health.fault, nonce), {
        status: 503,
        headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) },
      });
      return secure(page, errorPageContentSecurityPolicy(nonce));
    }
  }

  if (api) return secure(NextResponse.next(), RESOURCE_CONTENT_SECURITY_POLICY);

  const nonce = createNonce();
  const policy = pageContentSecurityPolicy(nonce, env.NODE_ENV === "development");
  // Next takes the nonce from the request's CSP header and puts it on every script it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  requestHeaders.set("x-nonce", nonce);
  return secure(NextResponse.next({ request: { headers: requestHeaders } }), policy);
}

function secure(response: Response, policy: string): Response {
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files, which next.config.ts gives the static headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
