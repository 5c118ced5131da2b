import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The dated, cited rate a non-USD amount was converted to US dollars at. */
export const FxRateDto = z.object({
  currency: z.string().length(3),
  date: z.string().describe("the rate's reference day, YYYY-MM-DD"),
  usdPerUnit: z.string().describe("US dollars per one unit of currency, exact decimal"),
  source: z.string().describe('e.g. "ECB euro foreign exchange reference rate"'),
  sourceUrl: z.string(),
  note: z.string().nullable(),
});
export type FxRateDto = z.infer<typeof FxRateDto>;

type FxRateRow = Prisma.FxRateGetPayload<object>;

export function toFxRateDto(r: FxRateRow): FxRateDto {
  return {
    currency: r.currency,
    date: r.date.toISOString().slice(0, 10),
    usdPerUnit: r.usdPerUnit,
    source: r.source,
    sourceUrl: r.sourceUrl,
    note: r.note,
  };
}
