import { createHash, timingSafeEqual } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";

// The analyst's session: a signed JWT (HS256) in an HttpOnly cookie. The signing key is derived
// from ADMIN_TOKEN, so changing the token ends every session.

export const SESSION_COOKIE = "chip_deals_session";
export const SESSION_HOURS = 8;
const AUDIENCE = "chip-deals:ingest";

export interface Session {
  /** The name the analyst gave at sign-in: the "who" of the audit log. */
  name: string;
}

function signingKey(adminToken: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(`chip-deals session key\0${adminToken}`).digest());
}

/** Constant-time comparison of a submitted token with ADMIN_TOKEN (hashed first, so lengths never leak). */
export function tokenMatches(submitted: string, adminToken: string): boolean {
  const a = createHash("sha256").update(submitted).digest();
  const b = createHash("sha256").update(adminToken).digest();
  return timingSafeEqual(a, b);
}

export async function createSessionToken(session: Session, adminToken: string): Promise<string> {
  return new SignJWT({ name: session.name })
    .setProtectedHeader({ alg: "HS256" })
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_HOURS}h`)
    .sign(signingKey(adminToken));
}

/** The session a cookie value holds, or null when it is missing, forged, expired or signed by an old token. */
export async function readSessionToken(token: string | undefined, adminToken: string): Promise<Session | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, signingKey(adminToken), { audience: AUDIENCE, algorithms: ["HS256"] });
    return typeof payload.name === "string" && payload.name ? { name: payload.name } : null;
  } catch {
    return null;
  }
}

/** The Set-Cookie value: HttpOnly, SameSite=Strict, Secure over https. */
export function sessionCookie(value: string, secure: boolean, maxAgeSeconds = SESSION_HOURS * 3600): string {
  return [
    `${SESSION_COOKIE}=${value}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Strict",
    `Max-Age=${maxAgeSeconds}`,
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
