import { guarded } from "@/lib/api/guarded";
import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { listDealsJson } from "@/lib/deals/queries";
import { DealQuerySchema } from "@/lib/deals/schemas";

// proxy.ts does not run for this path: guarded does its work (lib/api/guarded.ts).
export const GET = guarded(
  handle(async (request) => {
    const query = parseSearchParamsOrThrow(DealQuerySchema, new URL(request.url).searchParams);
    return jsonResponse(request, await listDealsJson(query));
  }),
);
