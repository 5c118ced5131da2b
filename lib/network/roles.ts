import type { PartyRole } from "@/lib/domain";

/**
 * Which end of a network edge each role sits at: money and orders flow from customers, sponsors,
 * investors and acquirers to suppliers, foundries, partners, investees and the acquired. Owners
 * and issuers act alone (a fab they build, shares they sell) and draw no edge. Typed over every
 * role, so a new role must be placed here.
 */
export const EDGE_END: Record<PartyRole, "from" | "to" | null> = {
  customer: "from",
  sponsor: "from",
  investor: "from",
  acquirer: "from",
  supplier: "to",
  foundry: "to",
  manufacturing_partner: "to",
  packaging_test_partner: "to",
  investee: "to",
  acquired: "to",
  owner: null,
  issuer: null,
};

const rolesAt = (end: "from" | "to") =>
  (Object.entries(EDGE_END) as [PartyRole, string | null][]).filter(([, e]) => e === end).map(([r]) => r);

export const FROM_ROLES = rolesAt("from");
export const TO_ROLES = rolesAt("to");
