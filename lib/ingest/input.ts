import { createHash } from "node:crypto";
import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "./cli-args";
import { IngestLanguage } from "./types";

const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max).optional(),
  );

/** An article handed in for review, from the page or the command line. */
export const IngestInput = z.object({
  text: z
    .string()
    .refine((t) => t.trim().length > 0, "the article text is empty")
    .refine((t) => Buffer.byteLength(t, "utf8") <= MAX_ARTICLE_BYTES, "the article text is over 1 MB"),
  title: z.string().trim().min(1, "give the article's title").max(300),
  outlet: optionalText(200),
  url: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .max(2000)
      .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), "an http(s) address")
      .optional(),
  ),
  /** The publication date to the day or the month. */
  publishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, "a date as YYYY-MM-DD, or YYYY-MM when only the month is known"),
  language: IngestLanguage,
});
export type IngestInput = z.infer<typeof IngestInput>;

/** SHA-256 of the text as stored: the same article handed in twice has the same hash. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
