import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as csv } from "@/app/api/deals.csv/route";
import { get } from "./client";
import { HOSTILE_STRINGS, LEAK, MARKUP, QUERY } from "./hostile";

// Every route handler in-process, with generated query strings, slugs and headers. The same
// generators run against the production server, pages included, in tests/e2e/fuzz.spec.ts.

const PATHS = ["/api/deals", "/api/events", "/api/timeline", "/api/stats", "/api/companies"];

function expectClean(text: string) {
  expect(text).not.toMatch(LEAK);
  expect(text).not.toMatch(MARKUP);
}

describe("random query strings", () => {
  it("only ever get 200 or 400 with a JSON body, never a leak or echoed markup", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), QUERY, async (path, query) => {
        const response = await get(`${path}?${query}`);
        expect([200, 400]).toContain(response.status);
        const text = await response.text();
        expectClean(text);
        const body = JSON.parse(text);
        if (response.status === 400) {
          expect(typeof body.error).toBe("string");
          expect(Array.isArray(body.issues)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the CSV export only ever gets 200 (CSV) or 400 (JSON)", async () => {
    await fc.assert(
      fc.asyncProperty(QUERY, async (query) => {
        const response = await csv(new Request(`http://localhost/api/deals.csv?${query}`));
        expect([200, 400]).toContain(response.status);
        const text = await response.text();
        if (response.status === 400) expectClean(text);
        else expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      }),
      { numRuns: 100 },
    );
  });

  it("random slugs only ever get 200 or 404, never echoing markup", async () => {
    await fc.assert(
      // "." and ".." are dot-segments the URL parser resolves before any route sees them.
      fc.asyncProperty(
        fc.constantFrom("/api/deals/", "/api/companies/", "/api/articles/"),
        fc
          .oneof(
            fc.string({ maxLength: 40 }),
            fc.string({ unit: "grapheme", maxLength: 20 }),
            fc.constantFrom(...HOSTILE_STRINGS),
          )
          .filter((s) => s !== "." && s !== ".." && s.isWellFormed()),
        async (base, slug) => {
          const response = await get(base + encodeURIComponent(slug || "x"));
          expect([200, 404]).toContain(response.status);
          expectClean(await response.text());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("odd conditional headers get 200, 304 or 400, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...PATHS),
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.constantFrom("*", 'W/"x"', '"', ",,,", "W/", ...HOSTILE_STRINGS.filter((s) => s.length < 1000)),
        ),
        async (path, etag) => {
          const headers = new Headers();
          try {
            headers.set("If-None-Match", etag);
          } catch {
            return; // not a legal header value: no client can send it
          }
          const response = await get(path, headers);
          expect([200, 304]).toContain(response.status);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("bounds", () => {
  it("q is at most 200 characters and the page size 1 to 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 201, maxLength: 3000 }),
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 501 })),
        async (q, limit) => {
          const longQ = await get(`/api/deals?${new URLSearchParams({ q })}`);
          expect(longQ.status).toBe(400);
          expect((await longQ.json()).issues).toContainEqual({ param: "q", message: "at most 200 characters" });
          const badLimit = await get(`/api/deals?limit=${limit}`);
          expect(badLimit.status).toBe(400);
          expect((await badLimit.json()).issues.map((i: { param: string }) => i.param)).toEqual(["limit"]);
        },
      ),
      { numRuns: 50 },
    );
    for (const limit of [1, 500]) expect((await get(`/api/deals?limit=${limit}`)).status).toBe(200);
    expect((await get(`/api/deals?q=${"a".repeat(200)}`)).status).toBe(200);
  });

  it("% and _ in q match literally, never as LIKE wildcards", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("%", "_", "%%", "_%_", "a%", "%a", "t_sla", "te%a"), async (q) => {
        const response = await get(`/api/deals?${new URLSearchParams({ q })}`);
        const body = await response.json();
        // Only the AI6 deal's summary has a literal "%"; no deal text has "_".
        const expected = q === "%" || q === "%%" ? (q === "%" ? ["tesla-samsung-ai6-foundry"] : []) : [];
        expect(body.data.map((d: { slug: string }) => d.slug)).toEqual(expected);
      }),
      { numRuns: 8 },
    );
  });
});
