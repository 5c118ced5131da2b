import { z } from "zod";
import { HeadlineDto } from "./headline";

const Bucket = z.object({
  valueKind: z.string().nullable(),
  count: z.number().int(),
  usd: z.string().describe("sum of USD equivalents, exact"),
});
export const StatsDto = z.object({
  totals: z.object({
    deals: z.number().int(),
    byValueKind: z.array(Bucket),
    headline: z
      .array(HeadlineDto)
      .describe("per value kind and, within it, per deal kind, each with a description of what it adds"),
  }),
  byYear: z.array(Bucket.extend({ year: z.number().int() })),
  byKind: z.array(Bucket.extend({ kind: z.string() })),
  byCompanyRole: z.array(Bucket.extend({ company: z.string(), name: z.string(), role: z.string() })),
});
export type StatsDto = z.infer<typeof StatsDto>;
