// @ts-check
// Plain ESM, so that the app (lib/api/respond.ts) and the production server's answer cache
// (server/answer-cache.mjs) share it.

/**
 * Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET).
 * @param {string | null | undefined} header
 * @param {string} etag
 * @returns {boolean}
 */
export function matchesEtag(header, etag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}
