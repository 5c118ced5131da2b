import { z } from "zod";

// The timeline's cursor: where the last page ended in the merged order (newest first; within a
// day deals before events, then by slug), so the next page starts there instead of reading every
// item before it; plus how many items came before, for "Items 101–200 of N".

export interface TimelineCursor {
  /** Items on the pages before this one. */
  o: number;
  /** The last item's day, YYYY-MM-DD. */
  d: string;
  t: "deal" | "event";
  s: string;
}

const CursorData = z.object({
  o: z.number().int().min(0).max(1e9),
  d: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`))),
  t: z.enum(["deal", "event"]),
  s: z.string().min(1).max(200),
});

export function encodeTimelineCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The `cursor` query parameter: a nextCursor from the previous page, decoded. */
export const TimelineCursorParam = z
  .string()
  .max(1000)
  .transform((text, ctx): TimelineCursor => {
    let data: unknown;
    try {
      data = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    } catch {
      data = undefined;
    }
    const parsed = CursorData.safeParse(data);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "not a cursor returned by this API" });
      return z.NEVER;
    }
    return parsed.data;
  })
  .describe("nextCursor from the previous page");
