import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { listDeals } from "@/lib/deals/queries";
import { DEAL_REPEATABLE, DealQuerySchema } from "@/lib/deals/schemas";

export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(DealQuerySchema, new URL(request.url).searchParams, DEAL_REPEATABLE);
  return jsonResponse(request, await listDeals(query));
});
