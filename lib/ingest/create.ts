import { ConflictError, InvalidInputError } from "@/lib/errors";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { audit } from "./audit";
import { IngestInput, textHash } from "./input";
import { Extraction, type ExtractArticle, type KnownData } from "./types";

/** The same text was handed in before: says where it is and what became of it. */
export class DuplicateIngestError extends ConflictError {
  constructor(
    readonly ingestId: number,
    readonly state: string,
    readonly articleSlug: string | null,
  ) {
    const where = articleSlug ? `accepted as /articles/${articleSlug}` : `${state}, at /ingest/${ingestId}`;
    super(`This article was ingested before (same text): ingest ${ingestId}, ${where}`, [
      { param: "text", message: "the same text was ingested before" },
    ]);
  }
}

export interface CreatedIngest {
  id: number;
  reopened: boolean;
  extraction: Extraction;
}

/**
 * Stores an article and the extractor's candidates as a pending ingest. Text identical to an
 * earlier ingest is refused (DuplicateIngestError), unless that one was undone: then it is
 * reopened with the new details and a fresh extraction.
 */
export async function createIngest(
  db: PrismaClient,
  raw: unknown,
  extract: ExtractArticle,
  known: KnownData,
  actor: string,
): Promise<CreatedIngest> {
  const parsed = IngestInput.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ param: i.path.join(".") || "body", message: i.message }));
    throw new InvalidInputError("Invalid article", issues);
  }
  const input = parsed.data;
  const published = parsePartialDate(input.publishedOn);
  const hash = textHash(input.text);
  const extraction = Extraction.parse(
    extract(input.text, { lang: input.language, published: input.publishedOn }, known),
  );
  const row = {
    text: input.text,
    title: input.title,
    outlet: input.outlet ?? null,
    url: input.url ?? null,
    publishedOn: published.start,
    publishedPrecision: published.precision,
    language: input.language,
    status: "pending",
    candidates: JSON.stringify(extraction),
    createdBy: actor,
  };
  const summary = { title: input.title, textHash: hash, deals: extraction.deals.length };

  try {
    return await db.$transaction(async (tx) => {
      const existing = await tx.ingest.findUnique({
        where: { textHash: hash },
        select: { id: true, status: true, articles: { select: { slug: true } } },
      });
      if (existing && existing.status !== "undone") {
        throw new DuplicateIngestError(existing.id, existing.status, existing.articles[0]?.slug ?? null);
      }
      if (existing) {
        await tx.ingest.update({ where: { id: existing.id }, data: row });
        await audit(tx, {
          actor,
          action: "reopen",
          ingestId: existing.id,
          before: { status: "undone" },
          after: summary,
        });
        return { id: existing.id, reopened: true, extraction };
      }
      const { id } = await tx.ingest.create({ data: { textHash: hash, ...row }, select: { id: true } });
      await audit(tx, { actor, action: "create", ingestId: id, after: summary });
      return { id, reopened: false, extraction };
    });
  } catch (error) {
    // Two identical texts handed in at once: the unique hash lets one through.
    if ((error as { code?: string }).code === "P2002") {
      const other = await db.ingest.findUniqueOrThrow({ where: { textHash: hash } });
      throw new DuplicateIngestError(other.id, other.status, null);
    }
    throw error;
  }
}
