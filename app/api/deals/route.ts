import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { listDealsJson } from "@/lib/deals/queries";
import { DealQuerySchema } from "@/lib/deals/schemas";

export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(DealQuerySchema, new URL(request.url).searchParams);
  return jsonResponse(request, await listDealsJson(query));
});
