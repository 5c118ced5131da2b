import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { DealFilterSchema } from "@/lib/deals/schemas";
import { getStats } from "@/lib/stats/queries";

export const GET = handle(async (request) => {
  const filter = parseSearchParamsOrThrow(DealFilterSchema, new URL(request.url).searchParams);
  return jsonResponse(request, await getStats(filter));
});
