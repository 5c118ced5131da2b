// @ts-check
// Plain JavaScript so the production server (server/start.mjs, run by Node without a build) can
// send the same headers on the few answers it gives itself; lib/security/headers.ts re-exports them.

/** Headers that do not depend on the request. */
export const SECURITY_HEADERS = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // Features the dashboard never uses, refused to the page and to anything it embeds.
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
  // For browsers without CSP frame-ancestors.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
});

/** The policy for answers that are not pages (JSON, CSV, static files): they may load nothing. */
export const RESOURCE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
