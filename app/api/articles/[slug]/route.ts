import { handle, jsonResponse } from "@/lib/api/respond";
import { getArticle } from "@/lib/articles/queries";

export const GET = handle(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  return jsonResponse(request, await getArticle(slug));
});
