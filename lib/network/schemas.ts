import { z } from "zod";
import { DealFilterSchema } from "@/lib/deals/schemas";

/** The /network query: the /deals filters, and how many companies to draw before folding the rest. */
export const NetworkQuerySchema = DealFilterSchema.extend({
  top: z.coerce
    .number()
    .int("top must be a whole number")
    .min(2, "at least 2")
    .max(60, "at most 60")
    .default(25)
    .describe("Companies drawn; the rest are grouped as Other"),
});
export type NetworkQuery = z.output<typeof NetworkQuerySchema>;
