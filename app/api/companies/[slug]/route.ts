import { handle, jsonResponse } from "@/lib/api/respond";
import { getCompany } from "@/lib/companies/queries";

export const GET = handle(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  return jsonResponse(request, await getCompany(slug));
});
