import "server-only";
import { readRows } from "@/lib/db/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readDealRows, readDealsById } from "./deal-rows";
import type { DealRow } from "./dto";

// The app's reads of whole deals (./deal-rows.ts), on the process's own connection.

/** The deals whose row satisfies `where` (a condition over `"Deal" d`), each as findMany with DEAL_INCLUDE loads it; in no order. */
export function loadDealRows(where: Prisma.Sql): Promise<DealRow[]> {
  return readDealRows(readRows, where);
}

/** The deals of `ids`, each as findMany with DEAL_INCLUDE loads it; in no order. */
export function loadDealsById(ids: readonly number[]): Promise<DealRow[]> {
  return readDealsById(readRows, ids);
}
