import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param";
import { HOSTILE_STRINGS, LEAK, MARKER, MARKUP, QUERY } from "../api/hostile";
import { API_PATHS, API_SLUG_BASES, PAGE_PATHS, PAGE_SLUG_BASES } from "./routes";

// fast-check against the production server, pages and API alike: generated query strings, raw
// path slugs (malformed percent-encodings too) and odd headers. Only 2xx, 3xx, 400 and 404 may
// come back, and no body may show a stack trace, a server path or reflected markup.
// FUZZ_RUNS=1500 npx playwright test tests/e2e/fuzz.spec.ts runs the generated properties longer
// than the 200 cases each gets in CI.

const ALLOWED = (status: number) => (status >= 200 && status < 400) || status === 400 || status === 404;
const PATHS = [...PAGE_PATHS, ...API_PATHS];

async function expectSafe(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, maxRedirects: 0, failOnStatusCode: false });
  const body = await response.text();
  expect(ALLOWED(response.status()), `${response.status()} for ${url} ${JSON.stringify(headers)}`).toBe(true);
  expect(body, url).not.toMatch(LEAK);
  expect(body, url).not.toMatch(MARKUP);
}

/** Raw bytes for a path segment: percent-encodings valid or not, dot segments, NUL, markup. */
const RAW_SEGMENT = fc.oneof(
  fc
    .string({ unit: "grapheme", maxLength: 20 })
    .filter((s) => s.isWellFormed())
    .map(encodeURIComponent),
  fc
    .constantFrom(...HOSTILE_STRINGS)
    .filter((s) => s.isWellFormed())
    .map(encodeURIComponent),
  fc.constantFrom(
    "%",
    "%ff",
    "%E0%A4%A",
    "%ED%A0%80",
    "%00",
    "%2e%2e",
    "..%2f..%2f",
    "%2F",
    "%5C",
    "x%",
    encodeURIComponent(MARKER),
  ),
  fc.stringMatching(/^[A-Za-z0-9%._~-]{1,30}$/),
);

const HEADERS = fc.oneof(
  fc.record({ "If-None-Match": fc.constantFrom("*", '"x"', "W/", "<x>") }),
  fc.record({ Accept: fc.constantFrom("text/x-component", "application/json", "*/*;q=abc", "text/html,<x>") }),
  fc.record({ RSC: fc.constantFrom("1", "0", "x") }),
  fc.record({ "Next-Router-Prefetch": fc.constantFrom("1", "2", "x"), RSC: fc.constant("1") }),
  fc.record({ "Next-Action": fc.constantFrom("deadbeef", "x".repeat(100)) }),
  fc.record({
    "x-middleware-subrequest": fc.constantFrom(
      "proxy:proxy:proxy:proxy:proxy",
      "middleware:middleware:middleware:middleware:middleware",
    ),
  }),
  fc.record({ "Next-Url": fc.constantFrom("/<x>", "%ff", "//evil.example") }),
  fc.record({
    "X-Forwarded-Host": fc.constantFrom("evil.example", "<x>"),
    "X-Forwarded-Proto": fc.constantFrom("javascript", "https"),
  }),
  fc.record({ Range: fc.constantFrom("bytes=abc", "bytes=0-0,1-1,2-2") }),
  fc.record({ Cookie: fc.constantFrom("a=%ff", `${"c".repeat(4000)}=1`, "__proto__=1") }),
  fc.record({ "Accept-Language": fc.constantFrom("<x>", "*", "zz-ZZ;q=2") }),
);

test.describe.configure({ timeout: 180_000 });

test("generated query strings at every page and API route", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...PATHS), QUERY, async (path, query) => expectSafe(request, `${path}?${query}`)),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
  );
});

test("generated path slugs, raw, at every route with a slug and beyond", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...PAGE_SLUG_BASES, ...API_SLUG_BASES, "/", "/api/", "/_next/static/"),
      RAW_SEGMENT,
      async (base, segment) => expectSafe(request, base + segment),
    ),
    { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
  );
});

test("odd headers at every route", async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...PATHS), HEADERS, async (path, headers) => expectSafe(request, path, headers)),
    { numRuns: 100 },
  );
});

test("router headers with a matching cache-busting parameter reach the render", async ({ request }) => {
  // Next answers a mismatched _rsc with a redirect, so the hash is computed as its client does.
  const TREE = fc.oneof(
    fc.constantFrom(
      "garbage",
      "%5B1%2C2%5D",
      "%ff",
      "[]",
      encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}] }])),
    ),
    fc.string({ maxLength: 30 }).map(encodeURIComponent),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...PAGE_PATHS, "/no-such-page"),
      TREE,
      fc.constantFrom(undefined, "1"),
      async (path, tree, prefetch) => {
        const rsc = await computeCacheBustingSearchParam(prefetch as "1" | undefined, undefined, tree, undefined);
        const headers: Record<string, string> = { RSC: "1", "Next-Router-State-Tree": tree };
        if (prefetch) headers["Next-Router-Prefetch"] = prefetch;
        await expectSafe(request, `${path}?_rsc=${rsc}`, headers);
      },
    ),
    { numRuns: 60 },
  );
});
