import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { conditionalResponse, handle } from "@/lib/api/respond";
import { dealDataVersion } from "@/lib/db/data-version";
import { countDealsForCsv, csvFilename, DealCsvQuerySchema, streamDealsCsv } from "@/lib/deals/csv";

/** Every deal matching the /api/deals filters, in its sort order, as a streamed CSV download. */
export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(DealCsvQuerySchema, new URL(request.url).searchParams);
  const version = await dealDataVersion();
  return conditionalResponse(
    request,
    [version, JSON.stringify(query)],
    {
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      // A CSV has no place for metadata: the data version travels in a header (see /data).
      "X-Data-Version": version,
    },
    async () => {
      // Counted first: the stream starts reading (on SQLite, in a snapshot of its own) at once.
      const total = await countDealsForCsv(query);
      return {
        body: streamDealsCsv(query),
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${csvFilename(query)}"`,
          "X-Total-Count": String(total),
        },
      };
    },
  );
});
