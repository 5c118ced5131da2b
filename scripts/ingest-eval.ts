import path from "node:path";
import { env } from "@/lib/env";
import { findDevSet, loadDataset } from "@/lib/ingest/eval/dataset";
import { pct, scoreArticle, sumScores, TARGETS, type Score } from "@/lib/ingest/eval/score";
import { extractArticle } from "@/lib/ingest/extract";
import { loadKnownDataOrNone } from "@/lib/ingest/known-data";
import type { KnownData } from "@/lib/ingest/types";

// `npm run ingest:eval -- DIR... [--no-known] [--verbose]`: scores the extractor on article sets in
// the ../shared/ingest-dev format (by default that set, if found, and tests/fixtures/ingest). Known companies come from the database at DATABASE_URL when it
// exists (read-only); --no-known scores with none, as for a market the database has not seen.
// Exits 1 when a set misses a target.

async function main() {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith("--"));
  const noKnown = args.includes("--no-known");
  const verbose = args.includes("--verbose");
  if (dirs.length === 0) {
    const dev = findDevSet(process.cwd());
    if (dev === null) console.log("no ../shared/ingest-dev here: scoring the repository's own fixtures only");
    dirs.push(...(dev === null ? [] : [dev]), "tests/fixtures/ingest", "tests/fixtures/ingest-holdout");
  }

  let known: KnownData = { companies: [], deals: [] };
  if (!noKnown) known = await loadKnownDataOrNone(env.DATABASE_URL, (message) => console.log(message));
  console.log(`known data: ${known.companies.length} companies, ${known.deals.length} deals`);

  let failed = false;
  for (const dir of dirs) {
    const { articles, expected } = loadDataset(path.resolve(dir));
    const scores: Score[] = [];
    const started = performance.now();
    for (const article of articles) {
      const reading = expected.find((e) => e.file === article.file);
      if (!reading) throw new Error(`${dir}: ${article.file} has no entry in expected.json`);
      const got = extractArticle(article.body, { lang: article.lang, published: article.published }, known);
      scores.push(scoreArticle(article, reading, got));
    }
    const ms = performance.now() - started;
    const total = sumScores(scores);
    console.log(`\n${dir}: ${articles.length} articles, ${ms.toFixed(0)} ms`);
    for (const key of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) {
      const r = total[key];
      const ok = pct(r) >= TARGETS[key];
      if (!ok) failed = true;
      console.log(
        `  ${key.padEnd(13)} ${pct(r).toFixed(1).padStart(5)}%  (${r.hit}/${r.total}, target ${TARGETS[key]}%)${ok ? "" : "  MISSED"}`,
      );
    }
    const u = total.unvalued;
    console.log(
      `  ${"unvalued".padEnd(13)} ${pct(u).toFixed(1).padStart(5)}%  (${u.hit}/${u.total} deals without an amount, no target)`,
    );
    if (verbose) for (const miss of total.misses) console.log(`    - ${miss}`);
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
