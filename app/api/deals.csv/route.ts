import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle } from "@/lib/api/respond";
import { countDealsForCsv, csvFilename, DealCsvQuerySchema, streamDealsCsv } from "@/lib/deals/csv";
import { DEAL_REPEATABLE } from "@/lib/deals/schemas";

/** Every deal matching the /api/deals filters, in its sort order, as a streamed CSV download. */
export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(DealCsvQuerySchema, new URL(request.url).searchParams, DEAL_REPEATABLE);
  const total = await countDealsForCsv(query);
  return new Response(streamDealsCsv(query), {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${csvFilename(query)}"`,
      "Cache-Control": "no-store",
      "X-Total-Count": String(total),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
