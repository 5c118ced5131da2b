// Spreadsheet safety end to end: deals whose text starts with a formula character are stored in
// a real database, exported by the real route, and parsed back. Text cells come back neutralised
// with a leading ', numeric cells stay plain numbers in both dialects.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createSeededDatabase } from "@/tests/setup/test-db";

const url = await createSeededDatabase("csv-injection");
vi.stubEnv("DATABASE_URL", url);
vi.stubEnv("NODE_ENV", "production");

const STARTS = ["=", "+", "-", "@", "\t", "\r"] as const;
const PAYLOAD = 'HYPERLINK("http://evil.example","click")';

let csv: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const db = createPrismaClient(url);
  try {
    const tesla = await db.company.findUniqueOrThrow({ where: { slug: "tesla" } });
    for (const [i, start] of STARTS.entries()) {
      await db.deal.create({
        data: {
          slug: `formula-${i}`,
          title: `${start}${PAYLOAD}`,
          kind: "chip_purchase",
          status: "announced",
          announcedOn: new Date(Date.UTC(2026, 2, i + 1)),
          announcedPrecision: "day",
          announcedBasis: "stated",
          termNote: `${start}1+1`,
          valueMinor: 1_234_567n + BigInt(i),
          valueCurrency: "USD",
          valueKind: "firm",
          valueUsdMinor: 1_234_567n + BigInt(i),
          summary: `${start}cmd|' /C calc'!A0`,
          searchText: "formula",
          parties: { create: { companyId: tesla.id, role: "customer" } },
          chips: { create: { name: `${start}SUM(A1:A9)` } },
          locations: { create: { name: `${start}2+3` } },
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
  delete (globalThis as { prismaConnection?: unknown }).prismaConnection;
  csv = (await import("@/app/api/deals.csv/route")).GET;
});
afterAll(() => vi.unstubAllEnvs());

async function rows(query: string, delimiter: string): Promise<Record<string, string>[]> {
  const response = await csv(new Request(`http://localhost/api/deals.csv?q=formula&sort=announcedOn&${query}`));
  expect(response.status).toBe(200);
  return parse(await response.text(), { columns: true, delimiter, bom: true }) as Record<string, string>[];
}

describe("CSV export of hostile text", () => {
  it.each([
    ["rfc4180", ",", "."],
    ["excel-nl", ";", ","],
  ])(
    "%s: every text cell starting with = + - @ tab or CR is neutralised, numbers stay numbers",
    async (dialect, delimiter, decimal) => {
      const records = await rows(`dialect=${dialect}`, delimiter);
      expect(records).toHaveLength(STARTS.length);
      for (const [i, start] of STARTS.entries()) {
        const row = records[i]!;
        expect(row.title).toBe(`'${start}${PAYLOAD}`);
        expect(row.summary).toBe(`'${start}cmd|' /C calc'!A0`);
        expect(row.term_note).toBe(`'${start}1+1`);
        expect(row.chips).toBe(`'${start}SUM(A1:A9)`);
        expect(row.locations).toBe(`'${start}2+3`);
        for (const cell of Object.values(row)) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
        // Numeric columns: plain numbers in the dialect's decimal separator, never prefixed.
        expect(row.value_amount).toMatch(new RegExp(`^\\d+(?:\\${decimal}\\d+)?$`));
        expect(row.value_usd).toBe(row.value_amount);
        expect(Math.round(Number(row.value_amount!.replace(",", ".")) * 100)).toBe(1_234_567 + i);
      }
    },
  );
});
