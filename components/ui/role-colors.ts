import type { PartyRole } from "@/lib/domain";

/**
 * One colour per role, the same on every chart and in either theme (Okabe-Ito and Tol's
 * colour-blind-safe palettes): a colour names the role, never the position in a list.
 */
export const ROLE_COLOR: Record<PartyRole, string> = {
  customer: "#0072B2",
  supplier: "#E69F00",
  foundry: "#009E73",
  manufacturing_partner: "#CC79A7",
  packaging_test_partner: "#56B4E9",
  sponsor: "#D55E00",
  owner: "#999999",
  acquirer: "#882255",
  acquired: "#DDCC77",
  investor: "#117733",
  investee: "#88CCEE",
  issuer: "#AA4499",
};
