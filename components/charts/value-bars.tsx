import Link from "next/link";
import type { DealWithValue } from "@/lib/deals/schemas";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { linearAxis, logAxis } from "@/lib/charts/ticks";
import { partiesLabel } from "@/lib/deals/parties-label";
import { formatUsdCompact, formatValue } from "@/lib/format";
import { valueFill } from "./value-patterns";

export type BarScale = "linear" | "log";

/** Where a value sits along the axis, 0 to 1: linear from $0, or logarithmic. */
function position(usd: number, [lo, hi]: readonly [number, number], scale: BarScale): number {
  if (scale === "linear") return usd / hi;
  return (Math.log10(Math.max(usd, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
}

/**
 * A compact bar chart drawn on the server as plain HTML and SVG: no chart code is shipped to the
 * page. Each bar is labelled with its parties and qualified value, over a US-dollar axis with round
 * ticks, linear or logarithmic (a $1.25T valuation need not flatten every other deal).
 */
export function ValueBars({ deals, scale = "linear" }: { deals: readonly DealWithValue[]; scale?: BarScale }) {
  const values = deals.map((d) => Number(d.value.usd));
  const { ticks, domain } =
    scale === "log" ? logAxis(Math.min(...values), Math.max(...values)) : linearAxis(Math.max(...values));
  const grid = "sm:grid-cols-[minmax(0,14rem)_1fr_7rem]";
  return (
    <div data-testid="value-bars" data-scale={scale}>
      <ul className="space-y-2">
        {deals.map((d, i) => {
          const share = Math.max(0.004, position(values[i]!, domain, scale));
          return (
            <li key={d.slug} className={`grid grid-cols-[1fr_7rem] items-center gap-x-3 text-sm ${grid}`}>
              <Link
                href={`/deals/${d.slug}`}
                className="col-span-2 truncate underline-offset-2 hover:underline sm:col-span-1"
                title={d.title}
              >
                {partiesLabel(d.parties)}
                <span className="sr-only">: {d.title}</span>
              </Link>
              <span className="relative block h-4 min-w-0">
                <svg
                  className="block h-4"
                  style={{ width: `${(share * 100).toFixed(2)}%`, minWidth: "2px" }}
                  aria-hidden="true"
                  preserveAspectRatio="none"
                >
                  <rect width="100%" height="100%" fill={valueFill(d.value.kind)} />
                </svg>
              </span>
              <span className="text-xs whitespace-nowrap tabular-nums" title={VALUE_KIND_LABEL[d.value.kind]}>
                {formatValue(d.value)}
              </span>
            </li>
          );
        })}
      </ul>
      {/* The axis: tick labels under the bars' column, at their positions. */}
      <div className={`mt-1 grid grid-cols-[1fr_7rem] gap-x-3 text-xs text-slate-500 dark:text-slate-400 ${grid}`}>
        <span className="hidden sm:block" />
        <div className="relative h-5 border-t border-slate-300 dark:border-slate-700" aria-hidden="true">
          {ticks.map((t, i) => (
            <span
              key={t}
              className="absolute top-0.5 tabular-nums"
              style={{
                left: `${(position(t, domain, scale) * 100).toFixed(2)}%`,
                transform:
                  i === 0 ? undefined : position(t, domain, scale) > 0.97 ? "translateX(-100%)" : "translateX(-50%)",
              }}
            >
              {formatUsdCompact(t)}
            </span>
          ))}
        </div>
        <span />
      </div>
    </div>
  );
}
