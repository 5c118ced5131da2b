import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorParam, encodeCursor, NOT_A_CURSOR } from "./cursor";

const Key = z.object({ d: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), s: z.string().min(1) });
const Param = cursorParam(Key);

describe("cursorParam", () => {
  it("decodes what encodeCursor wrote", () => {
    const key = { d: "2026-02-24", s: "meta-amd" };
    expect(Param.parse(encodeCursor(key))).toEqual(key);
  });

  it.each([
    ["not base64url JSON", "tesla"],
    ["JSON of another shape", encodeCursor({ d: "yesterday", s: "x" })],
    ["a control character", "%00%E2%80%AE"],
    ["too long", "a".repeat(1001)],
  ])("rejects %s", (_what, text) => {
    const result = Param.safeParse(text);
    expect(result.success).toBe(false);
    if (text.length <= 1000) expect(result.error?.issues[0]?.message).toBe(NOT_A_CURSOR);
  });
});
