import "server-only";
import { readRows } from "@/lib/db/read";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The token of the DataVersion row: triggers installed by `npm run db:migrate`
 * (prisma/derived/objects.mjs) give it a new random value on every insert, update or delete of
 * any other table, whoever writes. Equal tokens mean equal data, so it keys cached answers
 * (lib/cache.ts) and validates responses too large to hash, such as a streamed CSV export. A
 * request reads it several times, so it is read as a list page's rows are (lib/db/read.ts).
 */
export async function dealDataVersion(): Promise<string> {
  const [row] = await readRows<{ token: string }>(Prisma.sql`SELECT "token" FROM "DataVersion" WHERE "id" = 1`);
  if (!row) throw new Error("The database has no DataVersion row: run npm run db:migrate");
  return row.token;
}
