import { buildOpenApiDocument } from "@/lib/api/openapi";
import { handle, jsonResponse } from "@/lib/api/respond";

export const GET = handle(async (request) => jsonResponse(request, buildOpenApiDocument()));
