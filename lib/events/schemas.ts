import { z } from "zod";
import { PartialDateString } from "@/lib/dates/partial-date";
import { DealFilterSchema, SourceDto } from "@/lib/deals/schemas";
import { DateBasis, EventKind, Precision } from "@/lib/domain";
import { cursorParam, pageDto } from "@/lib/pagination/cursor";

/** An event page's cursor: the last event's date (ISO) and slug, in EVENT_ORDER. */
export const EventCursor = z.object({
  d: z.iso.datetime(),
  s: z.string().min(1).max(200),
});
export type EventCursor = z.output<typeof EventCursor>;

export const EventQuerySchema = DealFilterSchema.pick({ company: true, from: true, to: true, q: true }).extend({
  kind: z.array(EventKind).max(20).optional().describe("Event kind; repeatable"),
  limit: z.coerce.number().int("limit must be a whole number").min(1).max(500).default(50),
  cursor: cursorParam(EventCursor).optional(),
});
export type EventQuery = z.output<typeof EventQuerySchema>;

const CompanyRef = z.object({ company: z.string(), name: z.string() });

export const EventDto = z.object({
  slug: z.string(),
  title: z.string(),
  kind: EventKind,
  occurredOn: PartialDateString.describe("the date at its precision: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"),
  occurredPrecision: Precision,
  occurredBasis: DateBasis,
  companies: z.array(CompanyRef),
  summary: z.string(),
  sources: z.array(SourceDto),
});
export const EventListDto = pageDto(EventDto);

export type EventDto = z.infer<typeof EventDto>;
export type EventListDto = z.infer<typeof EventListDto>;
