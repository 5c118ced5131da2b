import type { ReviewInput } from "./review";
import { slugify } from "./slug";
import type { CandidateDeal, CandidateEvidence, Extraction } from "./types";

// The review page's editable state: plain strings, as form fields hold them. Built from the
// extractor's candidates on the server, turned into the accept request's body on the client.

/** The company picker's value for "a company not in the database yet". */
export const NEW_COMPANY = "__new__";

export interface PartyDraft {
  company: string;
  newName: string;
  newKind: string;
  newCountry: string;
  role: string;
  /** The name as the article writes it. */
  name: string;
}

export interface DealDraft {
  keep: boolean;
  title: string;
  kind: string;
  status: string;
  summary: string;
  amount: string;
  currency: string;
  valueKind: string;
  usd: string;
  announcedOn: string;
  matches: string | null;
  secondSource: boolean;
  parties: PartyDraft[];
  evidence: CandidateEvidence[];
}

const KIND_BY_ROLE: Record<string, string> = {
  acquirer: "merger_acquisition",
  acquired: "merger_acquisition",
  investor: "strategic_investment",
  investee: "strategic_investment",
  foundry: "foundry_contract",
  manufacturing_partner: "foundry_contract",
  packaging_test_partner: "foundry_contract",
  customer: "supply_agreement",
  supplier: "supply_agreement",
};

export function emptyParty(): PartyDraft {
  return { company: "", newName: "", newKind: "", newCountry: "", role: "", name: "" };
}

function draftOf(deal: CandidateDeal): DealDraft {
  const roles = deal.parties.map((p) => p.role).filter((r): r is string => !!r);
  return {
    keep: true,
    title: deal.title,
    kind: roles.map((r) => KIND_BY_ROLE[r]).find(Boolean) ?? "",
    status: "announced",
    summary: deal.evidence[0]?.quote ?? "",
    amount: deal.amount ?? "",
    currency: deal.currency ?? "",
    valueKind: deal.valueKind ?? "",
    usd: "",
    announcedOn: deal.announcedOn ?? "",
    matches: deal.matches,
    secondSource: deal.matches !== null,
    parties: deal.parties.map((p) => ({
      ...emptyParty(),
      company: p.slug ?? NEW_COMPANY,
      newName: p.slug ? "" : p.name,
      role: p.role ?? "",
      name: p.name,
    })),
    evidence: deal.evidence,
  };
}

export function initialDrafts(extraction: Extraction): DealDraft[] {
  return extraction.deals.map(draftOf);
}

const orNull = (s: string) => (s.trim() === "" ? null : s.trim());

/** The accept request: the kept candidates, new companies gathered (once each) from the parties. */
export function toReview(drafts: readonly DealDraft[]): ReviewInput {
  const newCompanies = new Map<string, NonNullable<ReviewInput["newCompanies"]>[number]>();
  const deals = drafts
    .map((d, candidate) => ({ d, candidate }))
    .filter(({ d }) => d.keep)
    .map(({ d, candidate }) => ({
      candidate,
      title: d.title,
      kind: d.kind as never,
      status: d.status as never,
      summary: d.summary,
      parties: d.parties.map((p) => {
        let company = p.company;
        if (company === NEW_COMPANY) {
          company = slugify(p.newName);
          if (!newCompanies.has(company)) {
            newCompanies.set(company, {
              slug: company,
              name: p.newName.trim(),
              kind: p.newKind as never,
              ...(p.newCountry.trim() ? { country: p.newCountry.trim().toUpperCase() } : {}),
              aliases: [],
            });
          }
        }
        return { company, role: p.role as never, ...(p.name.trim() ? { name: p.name.trim() } : {}) };
      }),
      amount: orNull(d.amount),
      currency: orNull(d.currency)?.toUpperCase() ?? null,
      valueKind: (orNull(d.valueKind) as never) ?? null,
      usd: d.currency.trim().toUpperCase() === "USD" ? null : orNull(d.usd),
      announcedOn: orNull(d.announcedOn),
      matches: d.secondSource ? d.matches : null,
      evidence: d.evidence,
    }));
  return { deals, newCompanies: [...newCompanies.values()] };
}
