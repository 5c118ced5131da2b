import { handle, jsonResponse } from "@/lib/api/respond";
import { getDeal } from "@/lib/deals/queries";

export const GET = handle(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  return jsonResponse(request, await getDeal(slug));
});
