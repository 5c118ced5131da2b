import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/**
 * A fingerprint of every table a deal row is built from: row count, highest id and latest
 * updatedAt of each. Any insert, delete or update changes it (ids are AUTOINCREMENT, never
 * reused), so it validates responses too large to hash, such as a streamed CSV export.
 */
export async function dealDataVersion(): Promise<string> {
  const stats = await Promise.all([
    db.deal.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.dealParty.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.dealChip.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.dealLocation.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.company.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.article.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.evidence.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
  ]);
  const text = stats
    .map((s) => `${s._count._all}:${s._max.id ?? 0}:${s._max.updatedAt?.toISOString() ?? ""}`)
    .join("|");
  return createHash("sha1").update(text).digest("base64url");
}
