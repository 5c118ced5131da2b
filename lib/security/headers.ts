// The security headers every response carries. proxy.ts sets them on pages, route handlers and
// its own 503 answers, and lib/api/guarded.ts on the answers of the routes the proxy leaves out;
// next.config.ts sets the static ones on the build's static files, and server/start.mjs on the
// answers it gives itself (static-headers.mjs).

import { RESOURCE_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./static-headers.mjs";

export { RESOURCE_CONTENT_SECURITY_POLICY, SECURITY_HEADERS };

/** Adds the security headers to `response`, and a CSP unless it brought its own. */
export function withSecurityHeaders(response: Response, policy: string = RESOURCE_CONTENT_SECURITY_POLICY): Response {
  if (!response.headers.has("Content-Security-Policy")) response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/** A fresh, unguessable nonce for one response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The policy for HTML pages. Scripts run only with this response's nonce ('strict-dynamic'
 * lets Next's nonce-carrying bootstrap load its chunks); Next reads the nonce from this header
 * on the request and stamps it on every script it renders. A page sent again from the answer
 * cache names its inline scripts by hash instead (server/answer-cache.mjs pagePolicyByHash).
 *
 * style-src allows 'unsafe-inline': React server-renders `style` attributes (Recharts sizes its
 * wrapper with them, Next's built-in 404 page too) and Next's 404 page renders a <style> element
 * without a nonce; no nonce or hash can cover an attribute, and a nonce in style-src would make
 * browsers ignore 'unsafe-inline'. CSS cannot run script; scripts stay nonce-only.
 *
 * React's development build evaluates code (server error stacks, refresh), so dev alone allows
 * 'unsafe-eval' and the websocket of hot reload.
 */
export function pageContentSecurityPolicy(nonce: string, dev = false, frameAncestors = "'none'"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Only the embeddable charts may be framed (by EMBED_FRAME_ANCESTORS); every other page refuses. */
export const isEmbedPath = (pathname: string) => pathname.startsWith("/embed/");

/** The policy for the proxy's self-contained 400 and 503 pages: one nonce'd style element, nothing else. */
export function errorPageContentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}
