// Fills a separate database with deterministic synthetic deals for the benchmark:
//   npm run db:synth -- --deals 100000 --db bench/.data/synth-100000.db [--seed 1]
//   npm run db:synth -- --deals 100000 --db postgresql://user@host:5432/chipdeals_synth
// The SQLite file is deleted (the PostgreSQL database dropped and created), migrated with the
// real migrations, then filled (see bench/synth/).
import { parseArgs } from "node:util";
import { createSynthDatabase } from "@/bench/synth/database";

async function main() {
  const { values } = parseArgs({
    options: {
      deals: { type: "string", default: "100000" },
      db: { type: "string" },
      seed: { type: "string", default: "1" },
      companies: { type: "string", default: "300" },
    },
  });
  const deals = Number(values.deals);
  const seed = Number(values.seed);
  const companies = Number(values.companies);
  if (!values.db || ![deals, seed, companies].every((n) => Number.isSafeInteger(n) && n >= 0) || companies < 6) {
    console.error("usage: npm run db:synth -- --deals N --db FILE|postgresql://... [--seed N] [--companies N>=6]");
    process.exit(2);
  }
  const started = performance.now();
  const { file, counts } = await createSynthDatabase({ file: values.db, deals, seed, companies }, (c) => {
    if (c.deals % 10_000 === 0) process.stdout.write(`  ${c.deals} deals\n`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Synthesized ${file} in ${seconds} s: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ")}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
