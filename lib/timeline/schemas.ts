import { z } from "zod";
import { DealFilterSchema, DealValueDto } from "@/lib/deals/schemas";
import { DealKind, EventKind, Precision } from "@/lib/domain";
import { cursorParam, pageDto } from "@/lib/pagination/cursor";

/**
 * The timeline's cursor: where the last page ended in the merged order (newest first; within a
 * day deals before events, then by slug), so the next page starts there instead of reading every
 * item before it; plus how many items came before, for "Items 101–200 of N".
 */
export const TimelineCursor = z.object({
  /** Items on the pages before this one. */
  o: z.number().int().min(0).max(1e9),
  /** The last item's day, YYYY-MM-DD. */
  d: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`))),
  t: z.enum(["deal", "event"]),
  s: z.string().min(1).max(200),
});
export type TimelineCursor = z.output<typeof TimelineCursor>;

export const TimelineQuerySchema = DealFilterSchema.pick({ company: true, from: true, to: true, q: true }).extend({
  kind: z
    .array(z.union([DealKind, EventKind]))
    .max(40)
    .optional()
    .describe("Deal or event kind; repeatable"),
  type: z.enum(["deal", "event"]).optional().describe("Only deals or only events"),
  limit: z.coerce.number().int("limit must be a whole number").min(1).max(500).default(100),
  cursor: cursorParam(TimelineCursor).optional(),
});
export type TimelineQuery = z.output<typeof TimelineQuerySchema>;

export const TimelineItemDto = z.object({
  type: z.enum(["deal", "event"]),
  slug: z.string(),
  title: z.string(),
  kind: z.string().describe("a deal kind or an event kind, by type"),
  date: z.string().describe("first day of the period, YYYY-MM-DD"),
  precision: Precision,
  dateText: z.string().describe("the date at its precision"),
  companies: z.array(z.object({ company: z.string(), name: z.string(), role: z.string().nullable() })),
  value: DealValueDto.nullable(),
  summary: z.string(),
  sources: z.array(z.object({ article: z.string(), title: z.string() })),
});
export const TimelineDto = pageDto(TimelineItemDto);

export type TimelineItemDto = z.infer<typeof TimelineItemDto>;
export type TimelineDto = z.infer<typeof TimelineDto>;
