import type { SourceDto } from "@/lib/deals/schemas";
import { FIGURE_KINDS } from "@/lib/domain";
import { formatFigure } from "@/lib/format";
import { formatRate, formatUsdEquivalent } from "@/lib/fx/format";

type Figure = NonNullable<SourceDto["figure"]>;

/**
 * A sourced figure as a reader needs it: the amount in the currency quoted, its direction
 * (▼ −38%), its kind, the Dutch words it was read from, and for another currency the USD
 * equivalent at the named, dated rate.
 */
export function FigureText({ figure }: { figure: Figure }) {
  const down = figure.direction === "down";
  return (
    <span className="tabular-nums">
      <span
        className={
          figure.direction ? (down ? "text-red-700 dark:text-red-400" : "text-green-700 dark:text-green-400") : ""
        }
      >
        {formatFigure(figure)}
      </span>
      {figure.direction && <span className="sr-only">{down ? " (a decrease)" : " (an increase)"}</span>}
      {figure.usd && (
        <span className="ml-1 text-slate-600 dark:text-slate-400">
          {formatUsdEquivalent(figure.usd.amount, figure.usd.rate)} (
          <a href={figure.usd.rate.sourceUrl} className="underline underline-offset-2">
            {formatRate(figure.usd.rate)}
          </a>
          )
        </span>
      )}
      <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">
        ({FIGURE_KINDS[figure.kind].toLowerCase()}; as written: “{figure.text}”)
      </span>
    </span>
  );
}
