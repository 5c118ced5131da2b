import { VALUE_KIND_HELP, VALUE_KIND_LABEL, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import type { ValueKind } from "@/lib/domain";
import { formatCount, formatUsdCompact } from "@/lib/format";

/** The filtered deals' totals, one per value kind: a ceiling is never added to a firm value. */
export function ValueTotals({
  totals,
}: {
  totals: readonly { valueKind: string | null; count: number; usd: string }[];
}) {
  const byKind = new Map(totals.map((t) => [t.valueKind, t]));
  const kinds = VALUE_KIND_ORDER.filter((k: ValueKind) => byKind.has(k));
  const unvalued = byKind.get(null)?.count ?? 0;
  if (kinds.length === 0 && unvalued === 0) return null;
  return (
    <section aria-labelledby="totals-heading" className="text-sm">
      <h2 id="totals-heading" className="sr-only">
        Totals of these deals, by value kind
      </h2>
      <dl className="flex flex-wrap gap-x-6 gap-y-2" data-testid="value-totals">
        {kinds.map((kind) => {
          const t = byKind.get(kind)!;
          return (
            <div key={kind} title={VALUE_KIND_HELP[kind]}>
              <dt className="text-xs text-slate-500 dark:text-slate-400">{VALUE_KIND_LABEL[kind]}</dt>
              <dd className="font-semibold tabular-nums">
                {formatUsdCompact(t.usd)}{" "}
                <span className="text-xs font-normal text-slate-500 dark:text-slate-400">
                  in {formatCount(t.count)} {t.count === 1 ? "deal" : "deals"}
                </span>
              </dd>
            </div>
          );
        })}
        {unvalued > 0 && (
          <div>
            <dt className="text-xs text-slate-500 dark:text-slate-400">No value reported</dt>
            <dd className="font-semibold tabular-nums">
              {formatCount(unvalued)} {unvalued === 1 ? "deal" : "deals"}
            </dd>
          </div>
        )}
      </dl>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        Each kind is totalled apart; they are never added together.
      </p>
    </section>
  );
}
