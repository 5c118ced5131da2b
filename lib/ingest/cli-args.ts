import { z } from "zod";
import { IngestLanguage } from "./types";

// The `ingest` command's arguments, parsed and validated here so the dry run and the write mode
// share one definition.

export const MAX_ARTICLE_BYTES = 1024 * 1024;

const PublishedDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM-DD or YYYY-MM")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number | undefined];
    if (m < 1 || m > 12) return false;
    if (d === undefined) return true;
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "is not a real date");

export const IngestArgs = z.object({
  file: z.string().min(1, "FILE is required"),
  lang: IngestLanguage,
  published: PublishedDate.optional(),
  url: z.url().optional(),
  title: z.string().min(1).max(500).optional(),
  dryRun: z.boolean(),
  json: z.boolean(),
});
export type IngestArgs = z.infer<typeof IngestArgs>;

export class UsageError extends Error {}

const VALUE_FLAGS = new Map([
  ["--lang", "lang"],
  ["--published", "published"],
  ["--url", "url"],
  ["--title", "title"],
] as const);
const BOOLEAN_FLAGS = new Map([
  ["--dry-run", "dryRun"],
  ["--json", "json"],
] as const);

export const USAGE =
  "usage: npm run -s ingest -- FILE --lang nl|en [--published YYYY-MM-DD|YYYY-MM] [--url URL] [--title T] --dry-run --json";

/** Parses argv (without node and the script); throws UsageError with a one-line message. */
export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const raw: Record<string, string | boolean | undefined> = { dryRun: false, json: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const valueKey = VALUE_FLAGS.get(flag as never);
    const booleanKey = BOOLEAN_FLAGS.get(flag as never);
    if (valueKey) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (raw[valueKey] !== undefined) throw new UsageError(`${flag} given twice`);
      raw[valueKey] = value;
    } else if (booleanKey) {
      raw[booleanKey] = true;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? "FILE is required" : "give exactly one FILE");
  if (raw.lang === undefined) throw new UsageError("--lang is required (nl or en)");
  const parsed = IngestArgs.safeParse({ ...raw, file: files[0] });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "arguments");
    const name = field === "file" ? "FILE" : `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const detail = field === "lang" ? "must be nl or en" : issue.message;
    throw new UsageError(`${name}: ${detail}`);
  }
  return parsed.data;
}

/**
 * The article body from the file's bytes: UTF-8 (a BOM is dropped), at most 1 MB, not blank.
 * Line endings become "\n" so offsets match the text stored and shown later.
 */
export function decodeArticle(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) throw new UsageError(`FILE is over 1 MB (${bytes.byteLength} bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError("FILE is not valid UTF-8 text");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim().length === 0) throw new UsageError("FILE is empty");
  if (text.includes("\u0000")) throw new UsageError("FILE is not a text file (it holds NUL bytes)");
  return text;
}
