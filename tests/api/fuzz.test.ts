import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { get } from "./client";

const PARAMS = ["company", "role", "kind", "valueKind", "from", "to", "minUsd", "maxUsd", "q", "sort", "limit", "cursor", "type", "x", ""];
const VALUES = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("tesla", "nvidia", "customer", "firm", "2025-07", "2025-02-30", "-1", "1e3", "500", "0", "%", "_", "-valueUsd", "‮", "\u0000", "\uD800", "../", "x".repeat(300)),
  fc.integer({ min: -1e6, max: 1e12 }).map(String),
);
const QUERY = fc.array(fc.tuple(fc.constantFrom(...PARAMS), VALUES), { maxLength: 6 }).map((pairs) => {
  const sp = new URLSearchParams();
  for (const [k, v] of pairs) sp.append(k, v);
  return sp.toString();
});
const PATHS = ["/api/deals", "/api/events", "/api/timeline", "/api/stats", "/api/companies"];

describe("random query strings", () => {
  it("only ever get 200 or 400 with a JSON body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PATHS), QUERY, async (path, query) => {
        const response = await get(`${path}?${query}`);
        expect([200, 400]).toContain(response.status);
        const body = await response.json();
        if (response.status === 400) {
          expect(typeof body.error).toBe("string");
          expect(Array.isArray(body.issues)).toBe(true);
          expect(JSON.stringify(body)).not.toMatch(/prisma|node_modules|at \w+ \(|\.ts:\d/i);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("random slugs only ever get 200 or 404", async () => {
    await fc.assert(
      // "." and ".." are dot-segments the URL parser resolves before any route sees them.
      fc.asyncProperty(fc.constantFrom("/api/deals/", "/api/companies/", "/api/articles/"), fc.string({ maxLength: 40 }).filter((s) => s !== "." && s !== ".."), async (base, slug) => {
        const response = await get(base + encodeURIComponent(slug || "x"));
        expect([200, 404]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });
});
