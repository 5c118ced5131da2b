import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { cookieValue, readSessionToken, SESSION_COOKIE, type Session } from "./session";

// Checks every write (sign-in included) goes through: ingest on, same origin, then a session.

/** The origin the request was sent to, as the browser saw it (scheme from a TLS-terminating proxy). */
export function ownOrigin(request: Request): string {
  const url = new URL(request.url);
  const host = request.headers.get("host") ?? url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}

export function isHttps(request: Request): boolean {
  return ownOrigin(request).startsWith("https:");
}

/**
 * Refuses a cross-site write. Browsers send Origin on every POST, PUT and DELETE; a request
 * without one is not from a page (curl, the tests), which carries no ambient cookie risk, unless
 * Sec-Fetch-Site says a browser sent it from elsewhere.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  const foreign =
    origin !== null ? origin !== ownOrigin(request) : site !== null && site !== "same-origin" && site !== "none";
  if (foreign) throw new ForbiddenError("Cross-origin writes are refused");
}

export function assertIngestOn(adminToken: string | undefined): asserts adminToken is string {
  if (!adminToken) throw new ForbiddenError("Ingest is off: the server has no ADMIN_TOKEN set");
}

/** The signed-in analyst, or a 401. */
export async function requireSession(request: Request, adminToken: string | undefined): Promise<Session> {
  assertIngestOn(adminToken);
  assertSameOrigin(request);
  const session = await readSessionToken(cookieValue(request.headers.get("cookie"), SESSION_COOKIE), adminToken);
  if (!session) throw new UnauthenticatedError("Sign in at /ingest first");
  return session;
}
