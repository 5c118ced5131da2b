import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { listEvents } from "@/lib/events/queries";
import { EventQuerySchema } from "@/lib/events/schemas";

export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(EventQuerySchema, new URL(request.url).searchParams);
  return jsonResponse(request, await listEvents(query));
});
