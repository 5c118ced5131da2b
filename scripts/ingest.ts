import { existsSync, readFileSync, statSync } from "node:fs";
import { env } from "@/lib/env";
import { decodeArticle, MAX_ARTICLE_BYTES, parseIngestArgs, UsageError, USAGE } from "@/lib/ingest/cli-args";
import { extractArticle } from "@/lib/ingest/extract";
import { KnownDataError, loadKnownDataOrNone } from "@/lib/ingest/known-data";
import { Extraction } from "@/lib/ingest/types";

// `npm run -s ingest -- FILE --lang nl|en ... --dry-run --json`: prints the extraction as one JSON
// object and writes nothing. Every failure is one line on stderr and a non-zero exit.

function fail(message: string, code = 1): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(code);
}

async function main() {
  let args;
  try {
    args = parseIngestArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) fail(`${error.message}\n${USAGE}`.split("\n")[0]!, 2);
    throw error;
  }
  if (!existsSync(args.file)) fail(`FILE not found: ${args.file}`);
  const stat = statSync(args.file);
  if (!stat.isFile()) fail(`FILE is not a regular file: ${args.file}`);
  if (stat.size > MAX_ARTICLE_BYTES) fail(`FILE is over 1 MB (${stat.size} bytes)`);

  let body: string;
  try {
    body = decodeArticle(readFileSync(args.file));
  } catch (error) {
    if (error instanceof UsageError) fail(error.message);
    throw error;
  }

  if (!args.dryRun) fail("writing is not available yet: run with --dry-run", 2);

  let known;
  try {
    known = await loadKnownDataOrNone(env.DATABASE_URL, (message) => process.stderr.write(`ingest: ${message}\n`));
  } catch (error) {
    if (error instanceof KnownDataError) fail(error.message);
    throw error;
  }

  const extraction = Extraction.parse(extractArticle(body, { lang: args.lang, published: args.published }, known));
  // --json is the only output format; without it the same object is printed indented for reading.
  process.stdout.write(`${JSON.stringify(extraction, null, args.json ? undefined : 2)}\n`);
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : "failed");
});
