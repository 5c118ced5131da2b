import { COMPANY_KINDS, DEAL_KINDS, DEAL_STATUSES, PARTY_ROLES, VALUE_KINDS } from "@/lib/domain";

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The review form's vocabularies, passed as plain options so the client bundle needs no zod. */
export function reviewChoices(companies: { slug: string; name: string }[]) {
  return {
    companies: companies.map((c) => ({ value: c.slug, label: c.name })),
    dealKinds: options(DEAL_KINDS),
    statuses: options(DEAL_STATUSES),
    roles: options(PARTY_ROLES),
    valueKinds: options(VALUE_KINDS),
    companyKinds: options(COMPANY_KINDS),
  };
}
