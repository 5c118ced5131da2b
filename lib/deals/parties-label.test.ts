import { describe, expect, it } from "vitest";
import { partiesLabel } from "./parties-label";

describe("partiesLabel", () => {
  it("puts the buying side first", () => {
    expect(
      partiesLabel([
        { name: "Samsung Electronics", role: "foundry" },
        { name: "Tesla", role: "customer" },
      ]),
    ).toBe("Tesla → Samsung Electronics");
    expect(
      partiesLabel([
        { name: "SpaceX", role: "acquirer" },
        { name: "xAI", role: "acquired" },
      ]),
    ).toBe("SpaceX → xAI");
  });

  it("shortens a long side and names a one-sided deal's parties", () => {
    const partners = ["TSMC", "Foxconn", "Wistron", "Amkor", "SPIL"].map((name) => ({
      name,
      role: "manufacturing_partner" as const,
    }));
    expect(partiesLabel([{ name: "Nvidia", role: "sponsor" }, ...partners])).toBe("Nvidia → TSMC, Foxconn +3");
    expect(partiesLabel([{ name: "SpaceX", role: "issuer" }])).toBe("SpaceX");
  });
});
