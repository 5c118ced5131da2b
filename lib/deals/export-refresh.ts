import "server-only";
import cluster from "node:cluster";
import { db } from "@/lib/db";
import { refreshExportRows } from "./export-rows";

/**
 * After start-up, the first server process writes, in the background, the CSV lines that a
 * migration or a restored file left missing (lib/deals/export-rows.ts); until then those deals
 * export by the joins. One process, so two do not fill the same lines at once.
 */
export function refreshExportRowsAfterStart(delayMs = 2000): void {
  if (!cluster.isPrimary && cluster.worker?.id !== 1) return;
  setTimeout(() => void refreshExportRows(db), delayMs).unref();
}
