import { z } from "zod";

// Every list's cursor is its last row's sort key, as base64url JSON: opaque to clients, and
// decoded once, by the query schema, so a bad one is a 400 naming `cursor` like any other bad
// parameter and the queries only ever see a checked key.

export const NOT_A_CURSOR = "not a cursor returned by this API";

export function encodeCursor(key: object): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The `cursor` query parameter: a nextCursor from the previous page, decoded and checked by `key`. */
export function cursorParam<K extends z.ZodType>(key: K) {
  return z
    .string()
    .max(1000)
    .transform((text, ctx): z.output<K> => {
      let data: unknown;
      try {
        data = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
      } catch {
        data = undefined;
      }
      const parsed = key.safeParse(data);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: NOT_A_CURSOR });
        return z.NEVER;
      }
      return parsed.data;
    })
    .describe("nextCursor from the previous page");
}

/** A page of a list as the API answers it: its items, the count across all pages, and the next page's cursor. */
export function pageDto<I extends z.ZodType>(item: I) {
  return z.object({
    data: z.array(item),
    total: z.number().int(),
    nextCursor: z.string().nullable().describe("cursor of the next page; null on the last"),
  });
}
