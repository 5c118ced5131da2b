import type { PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type AuditAction = "create" | "reopen" | "accept" | "undo";

/** One line of the audit log, written in the same transaction as the change it records. */
export async function audit(
  tx: Tx | PrismaClient,
  entry: { actor: string; action: AuditAction; ingestId: number; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      ingestId: entry.ingestId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

export type { Tx };
