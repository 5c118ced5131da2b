import "server-only";
import { db } from "@/lib/db";
import { partialDateText } from "@/lib/dates/partial-date";
import type { Precision } from "@/lib/domain";
import { Extraction } from "./types";
import type { AcceptResult } from "./accept";

export async function listIngests(limit = 50) {
  const rows = await db.ingest.findMany({
    orderBy: { id: "desc" },
    take: limit,
    select: { id: true, title: true, status: true, createdBy: true, createdAt: true, language: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function listAudit(where: { ingestId?: number } = {}, limit = 30) {
  const rows = await db.auditEntry.findMany({
    where,
    orderBy: { id: "desc" },
    take: limit,
    include: { ingest: { select: { title: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    /** The analyst's edits to the candidates, recorded on accept. */
    changes: r.action === "accept" && r.after ? ((JSON.parse(r.after) as { changes?: string[] }).changes ?? []) : [],
    actor: r.actor,
    action: r.action,
    ingestId: r.ingestId,
    title: r.ingest.title,
  }));
}

export type IngestView = NonNullable<Awaited<ReturnType<typeof getIngest>>>;

/** An ingest with its candidates (as extracted while pending) and, once accepted, what it wrote. */
export async function getIngest(id: number) {
  const row = await db.ingest.findUnique({
    where: { id },
    include: { articles: { select: { slug: true } }, deals: { select: { slug: true, title: true } } },
  });
  if (!row) return null;
  const accepted = await db.auditEntry.findFirst({
    where: { ingestId: id, action: "accept" },
    orderBy: { id: "desc" },
  });
  const written = accepted?.after ? ((JSON.parse(accepted.after) as { written?: AcceptResult }).written ?? null) : null;
  const candidates = row.status === "pending" ? Extraction.safeParse(JSON.parse(row.candidates)) : null;
  return {
    id: row.id,
    title: row.title,
    text: row.text,
    status: row.status,
    language: row.language as "nl" | "en",
    outlet: row.outlet,
    url: row.url,
    published: partialDateText(row.publishedOn, row.publishedPrecision as Precision),
    createdBy: row.createdBy,
    extraction: candidates?.success ? candidates.data : null,
    article: row.articles[0]?.slug ?? null,
    deals: row.deals,
    matched: written?.matched ?? [],
  };
}

/** Every company, for the pickers: slug, name and aliases. */
export async function companyChoices() {
  const rows = await db.company.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, aliases: { select: { alias: true } } },
  });
  return rows.map((r) => ({ slug: r.slug, name: r.name, aliases: r.aliases.map((a) => a.alias) }));
}
