// The answer cache in front of Next: what it shares, what it never shares, and that a new data
// version (or an unhealthy database) is never answered from memory.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { gunzipSync, gzipSync } from "node:zlib";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ANSWER_VERSION, cacheAnswers, pagePolicyByHash } from "./answer-cache.mjs";

let version: string | null = "v1";
let calls = 0;
let base = "";
const server = http.createServer();
const globals = globalThis as Record<symbol, unknown>;

/** The app: answers by path, counting how often it is asked. */
function app(req: IncomingMessage, res: ServerResponse) {
  calls++;
  const url = new URL(req.url!, "http://x");
  const theme = /theme=(\w+)/.exec(req.headers.cookie ?? "")?.[1] ?? "none";
  if (url.pathname === "/page") {
    const nonce = `N${calls}x${"a".repeat(20)}`;
    res.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
    res.setHeader("link", `</font.woff2>; rel=preload; nonce="${nonce}"`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.write(`<html class="${theme}"><script nonce="${nonce}">1</script>`);
    res.end(`<script nonce="${nonce}">call ${calls}</script></html>`);
    return;
  }
  if (url.pathname === "/gzpage") {
    // As Next does: compressed for a client that accepts gzip.
    res.setHeader("content-security-policy", `script-src 'nonce-G${calls}'`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    const html = `<html><script nonce="G${calls}">call ${calls}</script></html>`;
    if (!/gzip/.test(req.headers["accept-encoding"] ?? "")) return res.end(html);
    res.setHeader("content-encoding", "gzip");
    return res.end(gzipSync(html));
  }
  if (url.pathname === "/cookie") res.setHeader("set-cookie", "a=1");
  // As proxy.ts does for every request, unless a request got around it.
  if (url.pathname !== "/unguarded" && req.headers["x-middleware-subrequest"] === undefined)
    res.setHeader("content-security-policy", "default-src 'none'");
  if (url.pathname === "/big") {
    res.setHeader("content-type", "text/csv");
    res.end(Buffer.alloc(5 * 1024 * 1024, 97));
    return;
  }
  res.statusCode = url.pathname === "/missing" ? 404 : 200;
  res.appendHeader("content-type", "application/json; charset=utf-8");
  res.appendHeader("etag", `"e${url.search}"`);
  res.end(JSON.stringify({ path: url.pathname, search: url.search, call: calls, version }));
}

const handler = cacheAnswers(app, { maxBytes: 16 * 1024 * 1024 });

beforeAll(async () => {
  globals[ANSWER_VERSION] = async () => version;
  server.on("request", handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  delete globals[ANSWER_VERSION];
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  version = `v${Math.random()}`;
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe("cacheAnswers", () => {
  it("answers a repeated GET from memory until the data version changes", async () => {
    const first = await get("/api/deals?company=amd");
    expect(first.headers.get("x-answer-cache")).toBe("miss");
    const again = await get("/api/deals?company=amd");
    expect(again.headers.get("x-answer-cache")).toBe("hit");
    expect(again.body).toBe(first.body);
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    expect(again.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await get("/api/deals?company=nvidia")).headers.get("x-answer-cache")).toBe("miss");

    version = "after a write";
    const fresh = await get("/api/deals?company=amd");
    expect(fresh.headers.get("x-answer-cache")).toBe("miss");
    expect(JSON.parse(fresh.body).version).toBe("after a write");
  });

  it("answers 304 from memory to a matching If-None-Match", async () => {
    const first = await get("/api/stats");
    const etag = first.headers.get("etag")!;
    const before = calls;
    const conditional = await fetch(`${base}/api/stats`, { headers: { "if-none-match": etag } });
    expect(conditional.status).toBe(304);
    expect(conditional.headers.get("x-answer-cache")).toBe("hit");
    expect(calls).toBe(before);
  });

  it("caches nothing while the app has no version (database unhealthy, or not loaded yet)", async () => {
    version = null;
    const one = await get("/api/stats");
    const two = await get("/api/stats");
    expect(one.headers.get("x-answer-cache")).toBeNull();
    expect(JSON.parse(two.body).call).toBe(JSON.parse(one.body).call + 1);
  });

  it("never shares an answer with a session, nor across themes", async () => {
    await get("/api/deals");
    const session = await get("/api/deals", { cookie: "chip_deals_session=abc" });
    expect(session.headers.get("x-answer-cache")).toBeNull();
    await get("/api/a", { cookie: "theme=dark" });
    expect((await get("/api/a", { cookie: "theme=dark" })).headers.get("x-answer-cache")).toBe("hit");
    expect((await get("/api/a", { cookie: "theme=light" })).headers.get("x-answer-cache")).toBe("miss");
    const signedIn = await get("/api/a", { cookie: "theme=dark; chip_deals_session=abc" });
    expect(signedIn.headers.get("x-answer-cache")).toBeNull();
  });

  it("passes the review, the theme switch, writes, client navigations and ranges straight to the app", async () => {
    for (const path of [
      "/ingest",
      "/ingest/3",
      "/api/ingest",
      "/api/ingest/3",
      "/theme?t=dark",
      "/_next/static/x.js",
    ]) {
      await get(path);
      expect((await get(path)).headers.get("x-answer-cache"), path).toBeNull();
    }
    await get("/api/deals?x=1");
    expect((await get("/api/deals?x=1", { rsc: "1" })).headers.get("x-answer-cache")).toBeNull();
    expect((await get("/api/deals?x=1", { range: "bytes=0-3" })).headers.get("x-answer-cache")).toBeNull();
    const post = await fetch(`${base}/api/deals?x=1`, { method: "POST" });
    expect(post.headers.get("x-answer-cache")).toBeNull();
    for (const header of ["next-action", "next-url", "x-middleware-subrequest", "x-nextjs-data"])
      expect((await get("/api/deals?x=1", { [header]: "1" })).headers.get("x-answer-cache"), header).toBeNull();
    expect((await get("/api/deals?x=1", { accept: "text/x-component" })).headers.get("x-answer-cache")).toBeNull();
  });

  it("keeps no error, no answer that sets a cookie, none too large, none without the security headers", async () => {
    for (const path of ["/missing", "/cookie", "/big", "/unguarded"]) {
      await get(path);
      expect((await get(path)).headers.get("x-answer-cache"), path).toBe("miss");
    }
  });

  it("never keeps what a request that got around proxy.ts was answered", async () => {
    const around = await get("/api/deals?y=1", { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" });
    expect(around.headers.get("content-security-policy")).toBeNull();
    const plain = await get("/api/deals?y=1");
    expect(plain.headers.get("x-answer-cache")).toBe("miss");
    expect(plain.headers.get("content-security-policy")).toBe("default-src 'none'");
  });

  it("keeps a page, sent again under a policy naming its own scripts by hash instead of the nonce", async () => {
    const first = await get("/page");
    expect(first.headers.get("x-answer-cache")).toBe("miss");
    expect(first.headers.get("content-security-policy")).toMatch(/'nonce-N\d+x/);
    const again = await get("/page");
    expect(again.headers.get("x-answer-cache")).toBe("hit");
    expect(again.body).toBe(first.body);
    const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const scripts = [...first.body.matchAll(/<script[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    expect(again.headers.get("content-security-policy")).toBe(`script-src ${scripts.map(sha).join(" ")}`);
  });
});

describe("compressed pages", () => {
  it("keeps a page per Accept-Encoding, hashing the scripts of the decompressed page", async () => {
    const raw = (encoding: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get(`${base}/gzpage`, { headers: { "accept-encoding": encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on("error", reject);
      });
    const first = await raw("gzip");
    expect(first.headers["content-encoding"]).toBe("gzip");
    const again = await raw("gzip");
    expect(again.headers["x-answer-cache"]).toBe("hit");
    const html = gunzipSync(again.body).toString();
    expect(html).toBe(gunzipSync(first.body).toString());
    const script = /<script[^>]*>([^<]*)<\/script>/.exec(html)![1]!;
    const sha = `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
    expect(again.headers["content-security-policy"]).toBe(`script-src ${sha}`);
    // A client that takes no gzip is not sent the compressed page.
    const plain = await raw("identity");
    expect(plain.headers["x-answer-cache"]).toBe("miss");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toContain("<script");
  });
});

describe("pagePolicyByHash", () => {
  const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
  const policy = "default-src 'self'; script-src 'self' 'nonce-abc==' 'strict-dynamic'; frame-ancestors 'none'";

  it("names each inline script once by its hash, script files by 'self', and keeps every other directive", () => {
    const html = `<script nonce="abc==">a()</script><script src="/_next/x.js" async nonce="abc=="></script><script>b("é")</script><script nonce="abc==">a()</script>`;
    expect(pagePolicyByHash(policy, html)).toBe(
      `default-src 'self'; script-src 'self' ${sha("a()")} ${sha('b("é")')}; frame-ancestors 'none'`,
    );
  });

  it("leaves 'self' alone for a page without inline scripts, and refuses a policy without a nonce", () => {
    expect(pagePolicyByHash(policy, "<p>no script</p>")).toBe(
      "default-src 'self'; script-src 'self'; frame-ancestors 'none'",
    );
    expect(pagePolicyByHash("default-src 'none'", "<script>x</script>")).toBeNull();
  });
});
