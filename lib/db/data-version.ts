import "server-only";
import { db } from "@/lib/db";

/**
 * The token of the DataVersion row: triggers installed by `npm run db:migrate`
 * (prisma/derived/objects.mjs) give it a new random value on every insert, update or delete of
 * any other table, whoever writes. Equal tokens mean equal data, so it keys cached answers
 * (lib/cache.ts) and validates responses too large to hash, such as a streamed CSV export.
 */
export async function dealDataVersion(): Promise<string> {
  const row = await db.dataVersion.findUnique({ where: { id: 1 } });
  if (!row) throw new Error("The database has no DataVersion row: run npm run db:migrate");
  return row.token;
}
