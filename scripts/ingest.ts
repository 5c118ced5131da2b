import { existsSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import {
  decodeArticle,
  MAX_ARTICLE_BYTES,
  parseIngestArgs,
  UsageError,
  USAGE,
  type IngestArgs,
} from "@/lib/ingest/cli-args";
import { createIngest, DuplicateIngestError } from "@/lib/ingest/create";
import { extractArticle } from "@/lib/ingest/extract";
import { KnownDataError, loadKnownData, loadKnownDataOrNone } from "@/lib/ingest/known-data";
import { Extraction, type KnownData } from "@/lib/ingest/types";

// `npm run -s ingest -- FILE --lang nl|en ... --dry-run --json`: prints the extraction as one JSON
// object and writes nothing. Without --dry-run it stores the article and its candidates as a
// pending ingest for review on /ingest. Every failure is one line on stderr and a non-zero exit.

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

  if (!args.dryRun && !args.published) {
    fail("--published YYYY-MM-DD|YYYY-MM is required to store an article (or run with --dry-run)", 2);
  }

  let known;
  try {
    // Storing needs the database; a dry run can do without it.
    known = args.dryRun
      ? await loadKnownDataOrNone(env.DATABASE_URL, (message) => process.stderr.write(`ingest: ${message}\n`))
      : await loadKnownData(env.DATABASE_URL);
  } catch (error) {
    if (error instanceof KnownDataError) fail(error.message);
    throw error;
  }

  if (!args.dryRun) return store(args, body, known);

  const extraction = Extraction.parse(extractArticle(body, { lang: args.lang, published: args.published }, known));
  // --json is the only output format; without it the same object is printed indented for reading.
  process.stdout.write(`${JSON.stringify(extraction, null, args.json ? undefined : 2)}\n`);
}

/** Stores the article and its candidates as a pending ingest, for review at /ingest/{id}. */
async function store(args: IngestArgs, body: string, known: KnownData) {
  const db = createPrismaClient(env.DATABASE_URL, { fileMustExist: true });
  try {
    const input = {
      text: body,
      title: args.title ?? path.basename(args.file).replace(/\.[^.]+$/, ""),
      url: args.url,
      publishedOn: args.published,
      language: args.lang,
    };
    const created = await createIngest(db, input, extractArticle, known, `${os.userInfo().username} (command line)`);
    const result = {
      ingest: created.id,
      status: "pending",
      reopened: created.reopened,
      review: `/ingest/${created.id}`,
      deals: created.extraction.deals.length,
    };
    process.stdout.write(
      args.json
        ? `${JSON.stringify(result)}\n`
        : `Stored as ingest ${created.id} with ${result.deals} candidate deal(s); review it at ${result.review}\n`,
    );
  } catch (error) {
    if (error instanceof InvalidInputError || error instanceof ConflictError) {
      const details = error.issues.map((i) => `${i.param}: ${i.message}`).join("; ");
      fail(error instanceof DuplicateIngestError || !details ? error.message : `${error.message}: ${details}`);
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? (error.message.split("\n")[0] ?? "failed") : "failed");
});
