import { describe, expect, it } from "vitest";
import type { DealDto } from "@/lib/deals/schemas";
import { companiesInDeals, companyRoleChart, companyRoleRows } from "./compare-view";

const deal = (slug: string, parties: DealDto["parties"]) => ({ slug, title: slug, parties }) as DealDto;

describe("companiesInDeals", () => {
  const buildOut = deal("build-out", [
    { company: "nvidia", name: "Nvidia", role: "sponsor" },
    ...["tsmc", "foxconn", "wistron", "amkor", "spil"].map((c) => ({
      company: c,
      name: c.toUpperCase(),
      role: "manufacturing_partner" as const,
    })),
  ]);
  const foundry = deal("ai6", [
    { company: "tesla", name: "Tesla", role: "customer" },
    { company: "samsung", name: "Samsung", role: "foundry" },
    { company: "samsung", name: "Samsung", role: "supplier" },
  ]);
  const another = deal("ai5", [
    { company: "tesla", name: "Tesla", role: "customer" },
    { company: "tsmc", name: "TSMC", role: "foundry" },
  ]);

  it("counts each deal once per company, never its value once per party", () => {
    const { companies, of } = companiesInDeals([buildOut, foundry, another]);
    expect(of).toBe(8);
    const samsung = companies.find((c) => c.company === "samsung")!;
    expect(samsung.deals).toEqual([{ slug: "ai6", title: "ai6", role: "foundry" }]);
    expect(companies.slice(0, 2).map((c) => [c.company, c.deals.length])).toEqual([
      ["tesla", 2],
      ["tsmc", 2],
    ]);
    expect(companies.reduce((n, c) => n + c.deals.length, 0)).toBe(6 + 2 + 2);
  });

  it("keys the chart rows by role, so a colour can follow the role", () => {
    const { rows, roles } = companyRoleRows(companiesInDeals([buildOut, another]).companies);
    expect(roles).toEqual(["customer", "foundry", "manufacturing_partner", "sponsor"]);
    expect(rows.find((r) => r.company === "TSMC")).toEqual({ company: "TSMC", manufacturing_partner: 1, foundry: 1 });
  });

  it("draws the deals picked or, with none, the largest, under the title that says which", () => {
    const picked = companyRoleChart([foundry], [buildOut, another]);
    expect(picked).toMatchObject({ title: "Companies in these deals, by role", picked: true, deals: ["ai6"] });
    expect(picked.rows).toEqual([
      { company: "Samsung", foundry: 1 },
      { company: "Tesla", customer: 1 },
    ]);
    const largest = companyRoleChart([], [buildOut, another]);
    expect(largest).toMatchObject({ title: "Companies in the largest deals, by role", picked: false, of: 7 });
    expect(largest.deals).toEqual(["build-out", "ai5"]);
    expect(largest.companies).toHaveLength(7);
  });
});
