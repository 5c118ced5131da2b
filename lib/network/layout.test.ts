import { describe, expect, it } from "vitest";
import { labelBaselines, nodeRadii } from "./layout";

describe("nodeRadii", () => {
  it("is 7 + 3√deals up to 24 px, as long as no company has more deals than that scale holds", () => {
    expect(nodeRadii([1, 4, 9].map((count) => ({ count, other: false })))).toEqual([10, 13, 16]);
    expect(
      nodeRadii([
        { count: 9, other: false },
        { count: 400, other: true },
      ]),
    ).toEqual([16, 24]);
  });

  it("past that, scales to the busiest company instead of drawing every circle at the cap", () => {
    const [busiest, quarter, other] = nodeRadii([
      { count: 4000, other: false },
      { count: 1000, other: false },
      { count: 90_000, other: true },
    ]);
    expect(busiest).toBeCloseTo(24);
    expect(quarter).toBeCloseTo(7 + 17 / 2);
    expect(other).toBe(24);
  });
});

describe("labelBaselines", () => {
  const node = (key: string, x: number, y: number, name = key) => ({ key, name, x, y, r: 10 });

  it("puts every name under its circle when there is room", () => {
    expect([...labelBaselines([node("a", 100, 100), node("b", 300, 100)]).values()]).toEqual([124, 124]);
  });

  it("moves a name over its circle when a name placed before or a circle is underneath", () => {
    const side = labelBaselines([node("a", 100, 100, "STMicroelectronics"), node("b", 160, 100, "Qualcomm")]);
    expect([side.get("a"), side.get("b")]).toEqual([124, 84]);
    const under = labelBaselines([node("a", 100, 100), node("b", 100, 130)]);
    expect(under.get("a")).toBe(84);
  });
});
