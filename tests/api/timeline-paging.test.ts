// The timeline pages by keyset: each page reads on from where the last one ended. On 1,500
// synthetic deals and their events (many on the same day, deals and events mixed), paging
// through at several page sizes and filters must give exactly the one-page listing, in order.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TimelineDto } from "@/lib/timeline/schemas";
import { createSyntheticDatabase, pointAppAt } from "@/tests/setup/app-database";

let timeline: (request: Request) => Promise<Response>;

beforeAll(async () => {
  await pointAppAt(await createSyntheticDatabase("timeline-synth", 1500, 5, 150)).$disconnect();
  timeline = (await import("@/app/api/timeline/route")).GET;
});
afterAll(() => vi.unstubAllEnvs());

async function get(query: string): Promise<{ status: number; body: TimelineDto }> {
  const response = await timeline(new Request(`http://localhost/api/timeline?${query}`));
  return { status: response.status, body: (await response.json()) as TimelineDto };
}

const key = (i: TimelineDto["data"][number]) => `${i.date}:${i.type}:${i.slug}`;

describe("timeline keyset paging", () => {
  it("has same-day items of both types to page across", async () => {
    const { body } = await get("limit=500");
    const days = new Map<string, Set<string>>();
    for (const i of body.data) days.set(i.date, (days.get(i.date) ?? new Set()).add(i.type));
    expect([...days.values()].filter((types) => types.size === 2).length).toBeGreaterThan(5);
    expect(body.total).toBeGreaterThan(1500);
  });

  it.each([
    ["", 7],
    ["", 100],
    ["type=event", 13],
    ["from=2019&to=2020-06", 9],
    ["q=chips", 25],
  ])(
    "pages through %s (%i a page) in the one-page order, numbering items as it goes",
    async (filter, limit) => {
      const whole: string[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const { body }: { body: TimelineDto } = await get(`${filter}&limit=500${cursor ? `&cursor=${cursor}` : ""}`);
        whole.push(...body.data.map(key));
        cursor = body.nextCursor;
      }
      const paged: string[] = [];
      let total = 0;
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const { status, body }: { status: number; body: TimelineDto } = await get(
          `${filter}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
        );
        expect(status).toBe(200);
        expect(body.data.length).toBeLessThanOrEqual(limit);
        paged.push(...body.data.map(key));
        total = body.total;
        cursor = body.nextCursor;
        // The cursor carries how many items came before, for "Items 101–200 of N".
        if (cursor) expect(JSON.parse(Buffer.from(cursor, "base64url").toString()).o).toBe(paged.length);
      }
      expect(paged.length).toBe(total);
      expect(paged).toEqual(whole);
      // Over 200 pages of 7: on PostgreSQL each is a few round trips to the server.
    },
    120_000,
  );

  it("rejects a cursor it did not make with 400 naming cursor", async () => {
    const forged = (data: unknown) => Buffer.from(JSON.stringify(data)).toString("base64url");
    for (const cursor of [
      "100",
      "abc",
      forged({ o: 5, d: "2025-02-30x", t: "deal", s: "x" }),
      forged({ o: -1, d: "2025-01-01", t: "deal", s: "x" }),
      forged({ o: 1, d: "2025-01-01", t: "chip", s: "x" }),
    ]) {
      const response = await timeline(new Request(`http://localhost/api/timeline?cursor=${cursor}`));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { issues: { param: string }[] }).issues[0]!.param).toBe("cursor");
    }
  });
});
