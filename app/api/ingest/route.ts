import { readJsonBody } from "@/lib/api/json-body";
import { handle, jsonError, jsonUncached } from "@/lib/api/respond";
import { requireSession } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createIngest, DuplicateIngestError } from "@/lib/ingest/create";
import { extractArticle } from "@/lib/ingest/extract";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest/cli-args";
import { loadKnownData } from "@/lib/ingest/known-data";

/** Hand in an article: runs the extractor and stores the candidates as a pending ingest. */
export const POST = handle(async (request) => {
  const session = await requireSession(request, env.ADMIN_TOKEN);
  const body = await readJsonBody(request, MAX_ARTICLE_BYTES * 2 + 10_000);
  try {
    const known = await loadKnownData(env.DATABASE_URL);
    const created = await createIngest(db, body, extractArticle, known, session.name);
    return jsonUncached({ id: created.id, reopened: created.reopened, extraction: created.extraction }, 201);
  } catch (error) {
    if (error instanceof DuplicateIngestError) {
      const body = { error: error.message, issues: error.issues, ingest: error.ingestId, article: error.articleSlug };
      return jsonError(body, 409);
    }
    throw error;
  }
});
