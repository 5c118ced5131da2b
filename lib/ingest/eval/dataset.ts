import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { IngestLanguage } from "../types";

// A scored set of articles, in the format of ../shared/ingest-dev: NAME.txt files that open with
// `url:`, `date:` (YYYY-MM-DD, YYYY-MM or "unknown") and `lang:` lines and a blank line before the
// body, and an expected.json with a careful human reading of each.

const ExpectedDeal = z.object({
  parties: z.array(z.string()),
  roles: z.record(z.string(), z.string()).optional(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  value_kind: z.string().nullable(),
  quote: z.string(),
  date: z.string().nullable().optional(),
});

const ExpectedFile = z.object({
  file: z.string(),
  deals: z.array(ExpectedDeal),
  other_figures: z.array(z.object({ amount: z.number(), unit: z.string(), quote: z.string() })).optional(),
  companies: z.array(z.string()),
  media: z.array(z.string()).optional(),
});
export const Expected = z.array(ExpectedFile);
export type ExpectedFile = z.infer<typeof ExpectedFile>;
export type ExpectedDeal = z.infer<typeof ExpectedDeal>;

export interface Article {
  file: string;
  body: string;
  lang: IngestLanguage;
  published?: string;
  url?: string;
}

export function parseArticleFile(file: string, raw: string): Article {
  const text = raw.replace(/\r\n?/g, "\n");
  const split = text.indexOf("\n\n");
  if (split < 0) throw new Error(`${file}: no blank line after the header`);
  const header = new Map(
    text
      .slice(0, split)
      .split("\n")
      .map((line) => [line.slice(0, line.indexOf(":")).trim(), line.slice(line.indexOf(":") + 1).trim()] as const),
  );
  const lang = header.get("lang");
  if (lang !== "nl" && lang !== "en") throw new Error(`${file}: lang must be nl or en`);
  const date = header.get("date");
  return {
    file,
    body: text.slice(split + 2),
    lang,
    published: date && /^\d{4}-\d{2}(-\d{2})?$/.test(date) ? date : undefined,
    url: header.get("url"),
  };
}

export function loadDataset(dir: string): { articles: Article[]; expected: ExpectedFile[] } {
  const expected = Expected.parse(JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")));
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseArticleFile(f, readFileSync(path.join(dir, f), "utf8")));
  return { articles, expected };
}

/**
 * The shared development set: ../shared/ingest-dev beside the checkout (or two levels up from a
 * worktree under wt/), or INGEST_DEV_DIR. Null when this machine has none.
 */
export function findDevSet(root: string, override = process.env.INGEST_DEV_DIR): string | null {
  const candidates = override
    ? [override]
    : [path.join(root, "../shared/ingest-dev"), path.join(root, "../../shared/ingest-dev")];
  return candidates.find((dir) => existsSync(path.join(dir, "expected.json"))) ?? null;
}
