import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { TIMELINE_REPEATABLE, TimelineQuerySchema } from "@/lib/timeline/schemas";
import { getTimeline } from "@/lib/timeline/queries";

export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(TimelineQuerySchema, new URL(request.url).searchParams, TIMELINE_REPEATABLE);
  return jsonResponse(request, await getTimeline(query));
});
