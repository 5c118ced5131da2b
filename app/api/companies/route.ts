import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, jsonResponse } from "@/lib/api/respond";
import { listCompanies } from "@/lib/companies/queries";
import { CompanyListQuerySchema } from "@/lib/companies/schemas";

export const GET = handle(async (request) => {
  parseSearchParamsOrThrow(CompanyListQuerySchema, new URL(request.url).searchParams);
  return jsonResponse(request, await listCompanies());
});
