import { z } from "zod";

// The extractor's output: the contract the `ingest` command prints (--dry-run --json), the
// review page edits and the accept step validates. Offsets are UTF-16 code units in the body.

export const IngestLanguage = z.enum(["nl", "en"]);
export type IngestLanguage = z.infer<typeof IngestLanguage>;

export const CandidateEvidence = z.object({
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const CandidateParty = z.object({
  name: z.string().min(1),
  /** An existing company's slug, or null for a company proposed as new. */
  slug: z.string().nullable(),
  /** A PARTY_ROLES key (lib/domain.ts), or null where the text gives no role. */
  role: z.string().nullable(),
});

export const CandidateDeal = z.object({
  title: z.string().min(1),
  parties: z.array(CandidateParty),
  /** Decimal string in the stated currency's whole units, e.g. "1300000000". */
  amount: z
    .string()
    .regex(/^\d+(\.\d+)?$/)
    .nullable(),
  currency: z.string().nullable(),
  valueKind: z.enum(["firm", "up_to", "estimate", "valuation"]).nullable(),
  announcedOn: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .nullable(),
  /** Slug of an existing deal with the same parties and an amount within 1%. */
  matches: z.string().nullable(),
  evidence: z.array(CandidateEvidence).min(1),
});

export const CandidateFigure = z.object({
  amount: z.string(),
  unit: z.string(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const CandidateCompany = z.object({ name: z.string().min(1), slug: z.string().nullable() });

export const Extraction = z.object({
  deals: z.array(CandidateDeal),
  figures: z.array(CandidateFigure),
  companies: z.array(CandidateCompany),
});

export type CandidateEvidence = z.infer<typeof CandidateEvidence>;
export type CandidateParty = z.infer<typeof CandidateParty>;
export type CandidateDeal = z.infer<typeof CandidateDeal>;
export type CandidateFigure = z.infer<typeof CandidateFigure>;
export type CandidateCompany = z.infer<typeof CandidateCompany>;
export type Extraction = z.infer<typeof Extraction>;

/** What the extractor knows of the database: passed in, so extraction stays a pure function. */
export interface KnownData {
  companies: { slug: string; name: string; aliases: string[] }[];
  deals: { slug: string; partySlugs: string[]; amount: string | null; currency: string | null }[];
}

export interface ExtractOptions {
  lang: IngestLanguage;
  /** Publication date, YYYY-MM-DD or YYYY-MM, for relative dates ("maandag", "vorig jaar"). */
  published?: string;
}

/** Signature of lib/ingest/extract.ts `extractArticle`. */
export type ExtractArticle = (text: string, options: ExtractOptions, known: KnownData) => Extraction;
