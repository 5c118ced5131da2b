import "server-only";
import { distance } from "fastest-levenshtein";
import { db } from "@/lib/db";
import { dealDataVersion } from "@/lib/db/data-version";
import { CLAIMS, DEAL_KINDS, EVENT_KINDS, FIGURE_KINDS, PARTY_ROLES } from "@/lib/domain";
import { foldForSearch, searchTerms, stemsOf } from "@/lib/search";

// Snowball leaves some Dutch inflections apart ("fuseert" stays "fuseert", "fuseren" becomes
// "fuser"), so a query word none of whose stems occur in the sources is matched, as search
// engines do, to the source stems within a small edit distance (Elasticsearch's AUTO fuzziness:
// one edit from 5 letters, two from 7) that share its first three letters.

/** Stems found for each query word, beyond its own: the input of dealWhere and eventWhere. */
export type SearchExpansion = ReadonlyMap<string, readonly string[]>;

let cached: { version: string; key: string; stems: Map<string, string[]> } | null = null;

async function vocabulary(): Promise<Map<string, string[]>> {
  // The data version changes on every write; the articles' fingerprint only when they change.
  const version = await dealDataVersion();
  if (cached?.version === version) return cached.stems;
  const agg = await db.article.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } });
  const key = `${agg._count._all}:${agg._max.id ?? 0}:${agg._max.updatedAt?.toISOString() ?? ""}`;
  if (cached?.key === key) {
    cached.version = version;
    return cached.stems;
  }
  const articles = await db.article.findMany({ select: { text: true } });
  const labels = [DEAL_KINDS, EVENT_KINDS, FIGURE_KINDS, PARTY_ROLES, CLAIMS].flatMap((o) => Object.values(o));
  // Words repeat far more than they differ (26 MB of synthetic articles hold about 4 million
  // words, a few thousand distinct): each distinct word is stemmed once.
  const words = new Set<string>();
  for (const text of [...articles.map((a) => a.text), ...labels]) {
    for (const word of foldForSearch(text).match(/\p{L}{3,}/gu) ?? []) words.add(word);
  }
  const byPrefix = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const word of words) {
    for (const stem of stemsOf(word)) {
      if (seen.has(stem)) continue;
      seen.add(stem);
      const prefix = stem.slice(0, 3);
      const list = byPrefix.get(prefix);
      if (list) list.push(stem);
      else byPrefix.set(prefix, [stem]);
    }
  }
  cached = { version, key, stems: byPrefix };
  return byPrefix;
}

const maxEdits = (length: number) => (length >= 7 ? 2 : length >= 5 ? 1 : 0);

/** For each word of q whose stems the sources never use, the nearest stems they do use. */
export async function expandSearch(q: string | undefined): Promise<SearchExpansion> {
  const words = searchTerms(q).filter((t) => /^\p{L}{5,}$/u.test(t));
  const out = new Map<string, string[]>();
  if (!words.length) return out;
  const byPrefix = await vocabulary();
  for (const word of words) {
    const stems = stemsOf(word);
    const known = byPrefix.get(word.slice(0, 3)) ?? [];
    if (stems.some((s) => known.includes(s))) continue;
    const near = known.filter((k) => stems.some((s) => distance(s, k) <= maxEdits(s.length)));
    if (near.length) out.set(word, near);
  }
  return out;
}
