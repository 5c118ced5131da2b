import { createHash } from "node:crypto";
import { DATABASE_FAULTS, databaseFaultOf, RETRY_AFTER_SECONDS, type DatabaseFault } from "@/lib/db/faults";
import { matchesEtag } from "@/lib/http/etag.mjs";
import { apiErrorOf } from "./errors";
import { jsonText, textHash, WrittenJson } from "@/lib/json-text";

export { jsonText } from "@/lib/json-text";

const CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * A JSON response with a strong ETag over its body; answers 304 to a matching If-None-Match.
 * BigInts never reach here: DTOs carry amounts as exact decimal strings. A WrittenJson body is
 * sent as the bytes it holds, under its own ETag.
 */
export function jsonResponse(
  request: Request,
  body: unknown,
  init: { status?: number; headers?: HeadersInit } = {},
): Response {
  const { text, etag } = serialized(body);
  const headers = new Headers(init.headers);
  headers.set("ETag", etag);
  headers.set("Cache-Control", CACHE_CONTROL);
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(text, { status: init.status ?? 200, headers });
}

/**
 * The body's JSON and its ETag. A frozen body is a cached answer (lib/cache.ts), shared by every
 * request until the data changes: its JSON is kept beside it rather than written again each time.
 */
const serializedAnswers = new WeakMap<object, { text: string; etag: string }>();
function serialized(body: unknown): { text: string | Uint8Array<ArrayBuffer>; etag: string } {
  if (body instanceof WrittenJson) return { text: body.bytes, etag: body.etag };
  const shared = typeof body === "object" && body !== null && Object.isFrozen(body);
  const known = shared ? serializedAnswers.get(body) : undefined;
  if (known) return known;
  const text = jsonText(body);
  const answer = { text, etag: `"${textHash(text)}"` };
  if (shared) serializedAnswers.set(body, answer);
  return answer;
}

/**
 * A response whose body cannot be hashed up front (a stream). Its validator is weak, a hash of
 * what names the content (the parsed query, the data version); a matching If-None-Match gets 304
 * before `render` runs, so no body is built for it.
 */
export async function conditionalResponse(
  request: Request,
  validator: readonly string[],
  headers: HeadersInit,
  render: () => Promise<{ body: BodyInit; headers: HeadersInit }>,
): Promise<Response> {
  const etag = `W/"${createHash("sha1").update(validator.join("|")).digest("base64url")}"`;
  const all = new Headers(headers);
  all.set("ETag", etag);
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: all });
  const rendered = await render();
  for (const [name, value] of new Headers(rendered.headers)) all.set(name, value);
  return new Response(rendered.body, { status: 200, headers: all });
}

/** A JSON answer that is never cached, for errors. */
export function jsonError(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return jsonUncached(body, status, headers);
}

/** A JSON answer that is never cached: errors, and the answers to writes. */
export function jsonUncached(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(jsonText(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  const api = apiErrorOf(error);
  if (api) {
    const body = api.issues.length ? { error: api.message, issues: api.issues } : { error: api.message };
    return jsonError(body, api.status, api.headers);
  }
  const fault = databaseFaultOf(error);
  if (fault) {
    console.error(`Database unavailable: ${DATABASE_FAULTS[fault]}`);
    return databaseUnavailableResponse(fault);
  }
  // Raw error text may name files or SQL; it is logged, never sent.
  console.error(error);
  return jsonError({ error: "Internal server error" }, 500);
}

/** Wraps a route handler: thrown lib/ and API errors become their JSON answer, anything else a bare 500. */
export function handle<A extends unknown[]>(fn: (request: Request, ...args: A) => Promise<Response>) {
  return async (request: Request, ...args: A): Promise<Response> => {
    try {
      return await fn(request, ...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** 503 for a database that cannot answer now (missing, read-only, locked, damaged); clients retry. */
export function databaseUnavailableResponse(fault: DatabaseFault): Response {
  return jsonError({ error: `Service unavailable: ${DATABASE_FAULTS[fault]}. Try again shortly.`, fault }, 503, {
    "Retry-After": String(RETRY_AFTER_SECONDS),
  });
}
