import { handle, jsonUncached } from "@/lib/api/respond";
import { requireSession } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ingestIdParam } from "@/lib/ingest/route-params";
import { undoIngest } from "@/lib/ingest/undo";

/** Undo an accepted ingest as a whole: removes every row it wrote. */
export const POST = handle(async (request, { params }: { params: Promise<{ id: string }> }) => {
  const session = await requireSession(request, env.ADMIN_TOKEN);
  const deleted = await undoIngest(db, await ingestIdParam(params), session.name);
  return jsonUncached({ undone: true, deleted });
});
