import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DealQuerySchema } from "@/lib/deals/schemas";
import { TimelineQuerySchema } from "@/lib/timeline/schemas";
import { parsePageQuery, parseSearchParams, repeatableKeys } from "./search-params";

describe("repeatableKeys", () => {
  it("lists the array fields, optional, defaulted or not", () => {
    const schema = z.object({ a: z.array(z.string()), b: z.array(z.string()).optional(), c: z.string() });
    expect(repeatableKeys(schema.extend({ d: z.array(z.number()).default([]) }))).toEqual(["a", "b", "d"]);
    expect(repeatableKeys(DealQuerySchema)).toEqual(["company", "kind"]);
    expect(repeatableKeys(TimelineQuerySchema)).toEqual(["company", "kind"]);
  });

  it("lets those repeat and no other", () => {
    const parsed = parseSearchParams(DealQuerySchema, new URLSearchParams("company=amd&company=tesla&q=a&q=b"));
    expect(parsed).toEqual({ ok: false, issues: [{ param: "q", message: "may be given only once" }] });
  });
});

describe("parsePageQuery", () => {
  it("keeps the view when only the cursor is bad", () => {
    const { query, issues, filtersOk } = parsePageQuery(DealQuerySchema, { company: "tesla", cursor: "tesla" });
    expect(query.company).toEqual(["tesla"]);
    expect(query.cursor).toBeUndefined();
    expect(filtersOk).toBe(true);
    expect(issues.map((i) => i.param)).toEqual(["cursor"]);
  });

  it("falls back to the defaults when a filter is bad", () => {
    const { query, issues, filtersOk } = parsePageQuery(DealQuerySchema, { company: "Tesla Inc", cursor: "x" });
    expect(query.company).toBeUndefined();
    expect(filtersOk).toBe(false);
    expect(issues.map((i) => i.param)).toContain("company");
  });
});
