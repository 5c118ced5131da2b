import { sourceLine } from "@/lib/export/source-line";
import { dealDataVersion } from "@/lib/db/data-version";
import type { Prisma } from "@/lib/generated/prisma/client";

/** An embed's footer: the source line and a link to the same view on the site. */
export async function EmbedCredit({ deals, href }: { deals: Prisma.DealWhereInput; href: string }) {
  const line = await sourceLine(deals, await dealDataVersion());
  return (
    <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
      {line}.{" "}
      <a href={href} target="_top" className="underline underline-offset-2">
        Open on chip-deals
      </a>
    </p>
  );
}
