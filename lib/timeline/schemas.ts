import { z } from "zod";
import { DealValueDto } from "@/lib/deals/schemas";
import { Precision } from "@/lib/domain";

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
export const TimelineDto = z.object({
  data: z.array(TimelineItemDto),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});

export type TimelineItemDto = z.infer<typeof TimelineItemDto>;
export type TimelineDto = z.infer<typeof TimelineDto>;
