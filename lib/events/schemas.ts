import { z } from "zod";
import { DealFilterSchema, SourceDto } from "@/lib/deals/schemas";
import { DateBasis, DealKind, EventKind, Precision } from "@/lib/domain";
import { TimelineCursorParam } from "@/lib/timeline/cursor";

const Offset = z
  .string()
  .regex(/^\d{1,9}$/, "not a cursor returned by this API")
  .describe("nextCursor from the previous page");

export const EventQuerySchema = DealFilterSchema.pick({ company: true, from: true, to: true, q: true }).extend({
  kind: z.array(EventKind).max(20).optional().describe("Event kind; repeatable"),
  limit: z.coerce.number().int("limit must be a whole number").min(1).max(500).default(50),
  cursor: Offset.optional(),
});
export const EVENT_REPEATABLE = ["company", "kind"] as const;
export type EventQuery = z.output<typeof EventQuerySchema>;

export const TimelineQuerySchema = DealFilterSchema.pick({ company: true, from: true, to: true, q: true }).extend({
  kind: z
    .array(z.union([DealKind, EventKind]))
    .max(40)
    .optional()
    .describe("Deal or event kind; repeatable"),
  type: z.enum(["deal", "event"]).optional().describe("Only deals or only events"),
  limit: z.coerce.number().int("limit must be a whole number").min(1).max(500).default(100),
  cursor: TimelineCursorParam.optional(),
});
export const TIMELINE_REPEATABLE = ["company", "kind"] as const;
export type TimelineQuery = z.output<typeof TimelineQuerySchema>;

const CompanyRef = z.object({ company: z.string(), name: z.string() });

export const EventDto = z.object({
  slug: z.string(),
  title: z.string(),
  kind: EventKind,
  occurredOn: z.string().describe("first day of the period, YYYY-MM-DD"),
  occurredPrecision: Precision,
  occurredBasis: DateBasis,
  occurred: z.string().describe("the date at its precision"),
  companies: z.array(CompanyRef),
  summary: z.string(),
  sources: z.array(SourceDto),
});
export const EventListDto = z.object({
  data: z.array(EventDto),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

export type EventDto = z.infer<typeof EventDto>;
export type EventListDto = z.infer<typeof EventListDto>;
