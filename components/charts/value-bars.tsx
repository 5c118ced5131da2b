import Link from "next/link";
import type { DealWithValue } from "@/lib/deals/schemas";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { formatValue } from "@/lib/format";
import { valueFill } from "./value-patterns";

/**
 * A compact bar chart drawn on the server as plain SVG and HTML: no chart code is shipped to the
 * page. Bars are linear in US dollars; the labels carry the qualified value.
 */
export function ValueBars({ deals }: { deals: readonly DealWithValue[] }) {
  const max = Math.max(...deals.map((d) => Number(d.value.usd)));
  return (
    <ul className="space-y-2">
      {deals.map((d) => {
        const share = Math.max(0.004, Number(d.value.usd) / max);
        return (
          <li key={d.slug} className="grid grid-cols-1 items-center gap-x-3 text-sm sm:grid-cols-[minmax(0,16rem)_1fr]">
            <Link href={`/deals/${d.slug}`} className="truncate underline-offset-2 hover:underline" title={d.title}>
              {d.title}
            </Link>
            <span className="flex items-center gap-2">
              <span className="min-w-0 flex-1">
                <svg
                  className="block h-4"
                  style={{ width: `calc(${(share * 100).toFixed(2)}% + 2px)`, maxWidth: "100%" }}
                  aria-hidden="true"
                  preserveAspectRatio="none"
                >
                  <rect width="100%" height="100%" fill={valueFill(d.value.kind)} />
                </svg>
              </span>
              <span
                className="w-28 flex-none text-xs whitespace-nowrap tabular-nums"
                title={VALUE_KIND_LABEL[d.value.kind]}
              >
                {formatValue(d.value)}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
