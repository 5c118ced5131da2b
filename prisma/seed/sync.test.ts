import { describe, expect, it } from "vitest";
import { holds, syncRows } from "./sync";

type Row = { slug: string; name: string; on: Date | null };

function table(stored: (Row & { id: number })[]) {
  const created: Row[][] = [];
  const updated: [number, Row][] = [];
  let next = 100;
  return {
    created,
    updated,
    table: {
      key: (r: Row) => r.slug,
      stored,
      createMany: async (rows: Row[]) => (created.push(rows), rows.map((r) => ({ ...r, id: next++ }))),
      update: async (s: { id: number }, row: Row) => void updated.push([s.id, row]),
    },
  };
}

describe("syncRows", () => {
  it("creates the missing rows in one call, updates only a changed one and returns every id", async () => {
    const day = new Date("2026-01-29T00:00:00Z");
    const t = table([
      { id: 1, slug: "same", name: "Same", on: new Date(day) },
      { id: 2, slug: "changed", name: "Old", on: null },
      { id: 3, slug: "by-hand", name: "Kept", on: null },
    ]);
    const rows = await syncRows(
      [
        { slug: "same", name: "Same", on: day },
        { slug: "changed", name: "New", on: null },
        { slug: "new-a", name: "A", on: null },
        { slug: "new-b", name: "B", on: day },
      ],
      t.table,
    );
    expect(t.created).toEqual([
      [
        { slug: "new-a", name: "A", on: null },
        { slug: "new-b", name: "B", on: day },
      ],
    ]);
    expect(t.updated).toEqual([[2, { slug: "changed", name: "New", on: null }]]);
    expect(Object.fromEntries([...rows].map(([k, r]) => [k, r.id]))).toEqual({
      same: 1,
      changed: 2,
      "by-hand": 3,
      "new-a": 100,
      "new-b": 101,
    });
  });

  it("writes a key listed twice once, with its last columns", async () => {
    const t = table([]);
    await syncRows(
      [
        { slug: "a", name: "First", on: null },
        { slug: "b", name: "B", on: null },
        { slug: "a", name: "Last", on: null },
      ],
      t.table,
    );
    expect(t.created).toEqual([
      [
        { slug: "a", name: "Last", on: null },
        { slug: "b", name: "B", on: null },
      ],
    ]);
  });

  it("compares dates by instant, bigints by value and null apart from a missing column", () => {
    expect(holds({ on: new Date(0), n: 5n }, { on: new Date(0), n: 5n })).toBe(true);
    expect(holds({ on: new Date(0) }, { on: new Date(1) })).toBe(false);
    expect(holds({ on: null }, { on: new Date(0) })).toBe(false);
    expect(holds({}, { note: null })).toBe(false);
  });
});
