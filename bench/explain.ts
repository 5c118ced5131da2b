// Prints, for each benchmark filter of GET /api/deals, every statement Prisma runs with its
// SQLite query plan and its time on the synthetic file (replayed as in the benchmark's floor):
//   npx tsx --conditions=react-server bench/explain.ts [bench/.data/synth-100000-s1.db]
import path from "node:path";
import Database from "better-sqlite3";
import { captureStatements } from "./lib/floor";
import { ms, summarize } from "./lib/stats";
import { API_SCENARIOS } from "./scenarios";

async function main() {
  const file = path.resolve(process.argv[2] ?? "bench/.data/synth-100000-s1.db");
  process.env.DATABASE_URL = `file:${file}`;
  const { listDealsJson } = await import("@/lib/deals/queries");
  const { DealQuerySchema } = await import("@/lib/deals/schemas");
  const { parseSearchParamsOrThrow } = await import("@/lib/api/search-params");
  const sqlite = new Database(file, { readonly: true });
  sqlite.defaultSafeIntegers(true);
  for (const s of API_SCENARIOS) {
    const query = parseSearchParamsOrThrow(DealQuerySchema, new URLSearchParams(s.query));
    const statements = await captureStatements(() => listDealsJson(query));
    console.log(`\n## ${s.name}: ${s.query}`);
    for (const st of statements) {
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        const stmt = sqlite.prepare(st.sql).bind(...st.args);
        if (stmt.reader) stmt.raw().all();
        samples.push(performance.now() - started);
      }
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${st.sql}`).all(...st.args) as { detail: string }[];
      console.log(`- ${ms(summarize(samples).p50)} ms  ${st.sql.replace(/`main`\./g, "").slice(0, 160)}…`);
      for (const p of plan) console.log(`    ${p.detail}`);
    }
  }
  process.exit(0);
}

void main();
