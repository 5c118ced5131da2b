import { z } from "zod";
import { CompanyKind, DealKind, DealStatus, PartyRole, ValueKind } from "@/lib/domain";
import { PartialDateString } from "@/lib/dates/partial-date";
import { CandidateEvidence } from "./types";

// What the analyst sends on accept: the candidates they kept, as edited. The seed's own schema
// and validation (prisma/seed) check it again before anything is written.

const Decimal = z.string().regex(/^\d+(?:\.\d+)?$/, "an exact decimal such as 1300000000");
const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lowercase words joined by hyphens");

export const ReviewedParty = z.object({
  /** An existing company's slug, or the slug of one of `newCompanies`. */
  company: Slug,
  role: PartyRole,
  /** The name as the article writes it; kept as an alias when it is not one already. */
  name: z.string().min(1).max(200).optional(),
});

export const NewCompany = z.object({
  slug: Slug,
  name: z.string().min(1).max(200),
  kind: CompanyKind,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, "two capital letters (ISO 3166-1)")
    .optional(),
  aliases: z.array(z.string().min(1).max(200)).max(20).default([]),
});

export const ReviewedDeal = z.object({
  /** Which of the extractor's candidates this was (its index), for the audit log's list of edits. */
  candidate: z.number().int().nonnegative().optional(),
  title: z.string().trim().min(1).max(300),
  kind: DealKind,
  status: DealStatus.default("announced"),
  summary: z.string().trim().max(2000),
  parties: z.array(ReviewedParty).max(20),
  amount: Decimal.nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO currency code such as USD")
    .nullable(),
  valueKind: ValueKind.nullable(),
  /** The USD equivalent of a non-USD amount, in whole dollars. */
  usd: Decimal.nullable().default(null),
  /** The date the text states; null means the publication date ("reported"). */
  announcedOn: PartialDateString.nullable(),
  /** An existing deal's slug: the evidence becomes a second source on it; nothing else is written. */
  matches: z.string().nullable().default(null),
  evidence: z.array(CandidateEvidence).min(1).max(20),
});

export const Review = z.object({
  deals: z.array(ReviewedDeal).min(1, "accept at least one deal, or leave the ingest pending").max(100),
  newCompanies: z.array(NewCompany).max(100).default([]),
});

export type ReviewedParty = z.infer<typeof ReviewedParty>;
export type ReviewedDeal = z.infer<typeof ReviewedDeal>;
export type NewCompany = z.infer<typeof NewCompany>;
export type Review = z.infer<typeof Review>;
export type ReviewInput = z.input<typeof Review>;
