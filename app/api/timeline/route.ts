import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { TimelineQuerySchema } from "@/lib/timeline/schemas";
import { getTimeline } from "@/lib/timeline/queries";

export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(TimelineQuerySchema, new URL(request.url).searchParams);
  return jsonResponse(request, await getTimeline(query));
});
