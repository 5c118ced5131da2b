import "server-only";
import { readRows } from "@/lib/db/read";
import { databaseProvider } from "@/lib/db/provider.mjs";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { JSON_TABLE } from "@/prisma/derived/objects.mjs";

/** Whether the database keeps each deal's CSV lines and DTO JSON (./export-rows.ts): SQLite; PostgreSQL reads by the joins. */
export const keepsStoredRows = databaseProvider(env.DATABASE_URL) === "sqlite";

/** A file without the table, or with an older version's (restored from an old backup, not migrated yet). */
const NO_STORED_JSON = /no such (?:table|column)/;

/** A deal's DTO as the API's JSON in UTF-8, and the text's hash (lib/json-text.ts textHash). */
export interface DealJson {
  json: Uint8Array;
  hash: string;
}

/**
 * The stored DTO JSON of those deals of `ids` that have it, by id: none on PostgreSQL, or in a
 * file without the table or with an older one, whose deals are then all loaded by the joins.
 */
export async function storedDealJson(ids: readonly number[]): Promise<Map<number, DealJson>> {
  if (!keepsStoredRows || !ids.length) return new Map();
  try {
    const rows = await readRows<DealJson & { dealId: number }>(
      // As a BLOB: its bytes as stored, not decoded into a string to be encoded again when sent.
      Prisma.sql`SELECT "dealId", CAST("json" AS BLOB) AS "json", "hash" FROM ${Prisma.raw(`"${JSON_TABLE}"`)} WHERE "dealId" IN (${Prisma.join(ids)})`,
    );
    return new Map(rows.map((row) => [row.dealId, row]));
  } catch (error) {
    if (error instanceof Error && NO_STORED_JSON.test(error.message)) return new Map();
    throw error;
  }
}
