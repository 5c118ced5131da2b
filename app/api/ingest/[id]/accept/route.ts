import { readJsonBody } from "@/lib/api/json-body";
import { handle, jsonUncached } from "@/lib/api/respond";
import { requireSession } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { acceptIngest } from "@/lib/ingest/accept";
import { ingestIdParam } from "@/lib/ingest/route-params";

/** Accept a pending ingest as reviewed: writes its article, deals, companies and evidence. */
export const POST = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const session = await requireSession(request, env.ADMIN_TOKEN);
  const id = await ingestIdParam(params);
  const result = await acceptIngest(db, id, await readJsonBody(request), session.name);
  return jsonUncached(result);
});
