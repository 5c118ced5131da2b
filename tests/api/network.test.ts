import { describe, expect, it } from "vitest";
import { getNetwork } from "@/lib/network/queries";

// The network of the seeded deals: one edge per direction and value kind, from the paying or
// investing side to the supplying or receiving side.

const edgeKeys = async (filter = {}, top?: number) => (await getNetwork(filter, top)).edges.map((e) => e.key).sort();

describe("getNetwork", () => {
  it("draws the seeded deals with their directions", async () => {
    const keys = await edgeKeys();
    expect(keys).toEqual(
      expect.arrayContaining([
        "tesla>samsung-electronics:firm",
        "meta>amd:estimate",
        "spacex>xai:valuation",
        "spacex>xai:firm",
        "tesla>xai:firm",
        "tesla>tsmc:none",
        "xai>x:none",
        "nvidia>tsmc:up_to",
        "nvidia>xai:firm",
      ]),
    );
    // Owners and issuers act alone: no edge from a fab plan or a share offering.
    expect(keys.some((k) => k.includes("spacex>spacex"))).toBe(false);
    expect(keys).toHaveLength(16);
  });

  it("links each edge to its deal and source sentence", async () => {
    const network = await getNetwork({ company: ["meta"] });
    expect(network.edges).toHaveLength(1);
    expect(network.edges[0]!.deal).toMatchObject({
      slug: "meta-amd-instinct",
      value: "≈ $100B (Estimate)",
      parties: "Meta (Customer), AMD (Supplier)",
    });
    expect(network.edges[0]!.deal!.quote).toContain("AMD");
    expect(network.edges[0]!.usd).toBe("100000000000");
  });

  it("takes the /deals filters", async () => {
    expect(await edgeKeys({ kind: ["strategic_investment"] })).toEqual(["spacex>xai:firm", "tesla>xai:firm"]);
    expect(await edgeKeys({ q: "no-such-deal" })).toEqual([]);
  });

  it("groups the companies past the limit as Other, and lays out the same way every time", async () => {
    const a = await getNetwork({}, 4);
    expect(a.nodes).toHaveLength(5);
    expect(a.nodes.at(-1)).toMatchObject({ key: "other", slug: null, members: a.companies - 4 });
    const b = await getNetwork({}, 4);
    expect(b.nodes.map((n) => [n.x, n.y])).toEqual(a.nodes.map((n) => [n.x, n.y]));
  });
});
