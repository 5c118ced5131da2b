import type { DealFilter } from "@/lib/deals/schemas";
import { DEAL_KINDS, PARTY_ROLES, VALUE_KINDS } from "@/lib/domain";

/** The active filters in words, for feed titles and chart captions: "company tesla · kind Funding round". */
export function describeDealFilter(f: Partial<DealFilter>): string {
  const parts = [
    f.company?.length ? `company ${f.company.join(" or ")}` : null,
    f.role ? `role ${PARTY_ROLES[f.role]}` : null,
    f.kind?.length ? `kind ${f.kind.map((k) => DEAL_KINDS[k]).join(" or ")}` : null,
    f.valueKind ? `value kind ${VALUE_KINDS[f.valueKind]}` : null,
    f.from ? `from ${f.from}` : null,
    f.to ? `to ${f.to}` : null,
    f.minUsd ? `at least $${f.minUsd}` : null,
    f.maxUsd ? `at most $${f.maxUsd}` : null,
    f.q ? `text “${f.q}”` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "all deals";
}
