import { z } from "zod";
import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { listCompanies } from "@/lib/companies/queries";

export const GET = handle(async (request) => {
  parseSearchParamsOrThrow(z.object({}), new URL(request.url).searchParams);
  return jsonResponse(request, await listCompanies());
});
