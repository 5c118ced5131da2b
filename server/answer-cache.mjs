// @ts-check
/**
 * Whole answers kept in memory under the data version, in front of Next: a repeated GET of a page
 * or an API query is sent from memory without routing or rendering, until any write changes the
 * version (docs/decisions/0006-caching.md).
 *
 * The app says what the version is: proxy.ts registers a function on globalThis (see
 * lib/http/answer-version.ts) that answers null while the database is unhealthy, so a fault is
 * answered by the app (a 503), never hidden behind a cached page. Until the first request has
 * loaded the app, nothing is cached.
 *
 * Cached: GETs without a Range or any of Next's own request headers, outside /ingest,
 * /api/ingest and /theme, sent with no cookie but the theme's (a session cookie or any other
 * means "not the same answer for everyone"), whose answer is a 200 of the API's types (JSON,
 * feeds, CSV, SVG, PNG) or a page, with the security headers and without Set-Cookie. The key is
 * the URL, the host and forwarded headers (absolute links are built from them), the theme and
 * Accept-Encoding (a page is kept as Next compressed it for that header).
 *
 * A page is rendered with a CSP nonce of its own. A kept page is sent again byte for byte, so its
 * policy names its scripts by their SHA-256 instead (pagePolicyByHash): every inline script of
 * that very body, and the site's own script files by 'self', as 'strict-dynamic' did before.
 */
import { createHash } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { LRUCache } from "lru-cache";
import { matchesEtag } from "../lib/http/etag.mjs";

export const ANSWER_VERSION = Symbol.for("chip-deals.answer-version");

/** Paths never cached: the signed-in review, its API, the theme switch, Next's own files. */
const NEVER = /^\/(?:ingest|api\/ingest|theme)(?:[/?]|$)|^\/_next\//;
/**
 * Request headers that change what Next does with a request: its client-side navigation (the
 * answer is a React payload, not the page), server actions, and internal headers an outside
 * client may try (x-middleware-subrequest skips proxy.ts, and with it the security headers). A
 * request with any of them is passed through and its answer never kept.
 */
const NEXT_HEADER =
  /^(?:rsc|next-.*|x-middleware-.*|x-nextjs-.*|x-invoke-.*|x-now-.*|x-vercel-.*|x-nonce|x-embed|purpose|content-security-policy)$/;
const TYPES = /^(?:application\/(?:json|feed\+json|atom\+xml|xml)|text\/(?:csv|plain|html)|image\/(?:svg\+xml|png))\b/;
const PAGE = /^text\/html\b/;
/** A page policy's nonce source, and 'strict-dynamic' with it (lib/security/headers.ts). */
const NONCE_SOURCE = /'nonce-[^']*'(?: 'strict-dynamic')?/;
/** Script elements: their attributes and their text. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The policy a page is sent again under: its nonce source replaced by the SHA-256 of each inline
 * script of `html`, exactly as a browser hashes them; a script file still loads by 'self'. Null
 * for a policy without a nonce (it was not made for a page by proxy.ts).
 * @param {string} policy
 * @param {string} html
 * @returns {string | null}
 */
export function pagePolicyByHash(policy, html) {
  if (!NONCE_SOURCE.test(policy)) return null;
  const hashes = new Set();
  for (const [, attributes, text] of html.matchAll(SCRIPT)) {
    if (/(?:^|\s)src\s*=/i.test(attributes ?? "")) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(text ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return policy.replace(NONCE_SOURCE, () => [...hashes].join(" ")).replace(/ +;/g, ";");
}
/** Larger answers (an export of every deal) are sent as made, not kept. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
/** Headers of one response only: the server writes its own. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "x-answer-cache"]);

/**
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 * @typedef {(req: Request, res: Response) => unknown} Handler
 * @typedef {{ headers: Record<string, string | string[]>, body: Buffer }} Entry
 */

/** @returns {Promise<string | null>} */
async function currentVersion() {
  const read = /** @type {(() => Promise<string | null>) | undefined} */ (
    /** @type {Record<symbol, unknown>} */ (globalThis)[ANSWER_VERSION]
  );
  if (!read) return null;
  try {
    return await read();
  } catch {
    return null;
  }
}

/** @param {string | undefined} header @returns {[string, string][]} */
function cookiesOf(header) {
  return (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? [part, ""] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

/**
 * The cache key of a request, or null when its answer may not be shared.
 * @param {Request} req
 * @returns {string | null}
 */
export function answerKey(req) {
  if (req.method !== "GET" || !req.url || req.headers.range) return null;
  if (NEVER.test(req.url)) return null;
  for (const name of Object.keys(req.headers)) if (NEXT_HEADER.test(name)) return null;
  if (req.headers.accept?.includes("text/x-component")) return null;
  const cookies = cookiesOf(req.headers.cookie);
  if (cookies.some(([name]) => name !== "theme")) return null;
  const theme = cookies.find(([name]) => name === "theme")?.[1] ?? "";
  const h = req.headers;
  // Next compresses pages for a client that accepts it: the same header, the same encoding.
  return [req.url, h.host, h["x-forwarded-host"], h["x-forwarded-proto"], theme, h["accept-encoding"]]
    .map((v) => v ?? "")
    .join("\u0000");
}

/**
 * Wraps `handler` with the cache.
 * @param {Handler} handler
 * @param {{ maxBytes: number, ttlMs?: number }} options  `ttlMs` bounds an entry's life whatever
 *   the version (10 minutes): a page showing the day's date is at most that much behind.
 * @returns {Handler & { stats(): { entries: number, bytes: number, hits: number, misses: number } }}
 */
export function cacheAnswers(handler, { maxBytes, ttlMs = 10 * 60_000 }) {
  if (!(maxBytes > 0)) return Object.assign(handler, { stats: () => ({ entries: 0, bytes: 0, hits: 0, misses: 0 }) });
  /** @type {LRUCache<string, Entry>} */
  const store = new LRUCache({ maxSize: maxBytes, sizeCalculation: (e) => e.body.length + 1024, ttl: ttlMs });
  let hits = 0;
  let misses = 0;

  /** @param {Request} req @param {Response} res */
  async function cachedHandler(req, res) {
    const key = answerKey(req);
    const version = key === null ? null : await currentVersion();
    if (key === null || version === null) return handler(req, res);
    const full = `${version}\u0000${key}`;
    const hit = store.get(full);
    if (hit) {
      hits++;
      return send(req, res, hit);
    }
    misses++;
    res.setHeader("X-Answer-Cache", "miss");
    keepAnswer(res, (entry) => store.set(full, entry));
    return handler(req, res);
  }
  return Object.assign(cachedHandler, {
    stats: () => ({ entries: store.size, bytes: store.calculatedSize, hits, misses }),
  });
}

/** @param {Request} req @param {Response} res @param {Entry} entry */
function send(req, res, entry) {
  /** @type {Record<string, string | string[]>} */
  const headers = { ...entry.headers, "x-answer-cache": "hit" };
  const etag = typeof headers.etag === "string" ? headers.etag : null;
  if (etag && matchesEtag(req.headers["if-none-match"], etag)) {
    const rest = Object.fromEntries(
      Object.entries(headers).filter(([name]) => name !== "content-type" && name !== "content-length"),
    );
    res.writeHead(304, rest);
    res.end();
    return;
  }
  const body = entry.body;
  headers["content-length"] = String(body.length);
  res.writeHead(200, headers);
  res.end(body);
}

/**
 * The text of a body sent with `encoding` (Next compresses pages), or null for an encoding this
 * does not read.
 * @param {Buffer} body
 * @param {string | string[] | undefined} encoding
 * @returns {string | null}
 */
function decoded(body, encoding) {
  try {
    if (encoding === undefined || encoding === "identity") return body.toString("utf8");
    if (encoding === "gzip") return gunzipSync(body).toString("utf8");
    if (encoding === "deflate") return inflateSync(body).toString("utf8");
    if (encoding === "br") return brotliDecompressSync(body).toString("utf8");
  } catch {
    // A body that does not decode is not kept.
  }
  return null;
}

/**
 * Collects what the app writes to `res` and hands a shareable answer to `keep` once it is sent.
 * @param {Response} res
 * @param {(entry: Entry) => void} keep
 */
function keepAnswer(res, keep) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  /** @param {unknown} chunk @param {unknown} encoding */
  const collect = (chunk, encoding) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : null;
    if (!buffer) return;
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(buffer);
  };
  const write = res.write;
  const end = res.end;
  res.write = /** @type {typeof res.write} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      collect(chunk, rest[0]);
      return Reflect.apply(write, this, [chunk, ...rest]);
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
      collect(chunk, rest[0]);
      return Reflect.apply(end, this, [chunk, ...rest]);
    }
  );
  res.once("finish", () => {
    if (tooLarge || res.statusCode !== 200) return;
    const headers = /** @type {Record<string, string | string[]>} */ ({});
    for (const [name, value] of Object.entries(res.getHeaders())) {
      if (value === undefined || PER_RESPONSE.has(name)) continue;
      // Next appends its headers, so most come as one-element lists.
      headers[name] = Array.isArray(value) ? (value.length === 1 ? String(value[0]) : value) : String(value);
    }
    if (headers["set-cookie"] !== undefined) return;
    const type = headers["content-type"];
    if (typeof type !== "string" || !TYPES.test(type)) return;
    // Every answer proxy.ts handled has a policy: one without did not come the way every
    // other request does, and is not kept.
    const policy = headers["content-security-policy"];
    if (typeof policy !== "string") return;
    const body = Buffer.concat(chunks);
    if (PAGE.test(type)) {
      const html = decoded(body, headers["content-encoding"]);
      if (html === null) return;
      const byHash = pagePolicyByHash(policy, html);
      if (byHash === null) return;
      headers["content-security-policy"] = byHash;
    }
    keep({ headers, body });
  });
}
