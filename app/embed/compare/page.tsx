import type { Metadata } from "next";
import { compareBar } from "@/lib/charts/compare-view";
import { ChartFigure } from "@/components/charts/chart-figure";
import { CompareChart } from "@/components/charts/compare-chart";
import { EmbedCredit } from "@/components/charts/embed-credit";
import { ValueKindLegend, ValuePatterns } from "@/components/charts/value-patterns";
import { QueryErrors } from "@/components/ui/query-errors";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { getDealsBySlug } from "@/lib/deals/compare";
import { CompareQuerySchema } from "@/lib/deals/schemas";
import { hasValue } from "@/lib/deals/schemas";
import { queryString } from "@/lib/url";

export const metadata: Metadata = { title: "Compare deal values (embed)" };

/** /compare's bar chart alone, for an iframe. */
export default async function EmbedComparePage({ searchParams }: { searchParams: PageSearchParams }) {
  const parsed = parseSearchParams(CompareQuerySchema, await searchParams);
  const query = parsed.ok ? parsed.data : CompareQuerySchema.parse({});
  const { deals } = await getDealsBySlug(query.deal ?? []);
  const valued = deals.filter(hasValue);
  const bars = valued.map(compareBar);
  const qs = queryString({ deal: bars.map((b) => b.slug), scale: query.scale === "log" ? "log" : undefined });
  return (
    <>
      <h1 className="sr-only">Deal values compared, from chip-deals</h1>
      <ValuePatterns />
      {!parsed.ok && <QueryErrors issues={parsed.issues} resetHref="/embed/compare" />}
      {bars.length === 0 ? (
        <p className="text-sm">Name deals with a value to compare: /embed/compare?deal=…&amp;deal=…</p>
      ) : (
        <ChartFigure
          id="embed-compare"
          title={`${bars.length} deals side by side`}
          description="Horizontal bars in US dollars. Ceilings, estimates and valuations are hatched, dotted and striped; firm values are solid."
          table={
            <ul className="space-y-0.5">
              {bars.map((b) => (
                <li key={b.slug}>
                  <a href={`/deals/${b.slug}`} target="_top" className="underline underline-offset-2">
                    {b.title}
                  </a>
                  : {b.label} ({VALUE_KIND_LABEL[b.kind]}), {b.exact}, {b.date}
                </li>
              ))}
            </ul>
          }
          downloads={{ chart: "compare", query: qs }}
        >
          <div className="mb-3">
            <ValueKindLegend kinds={[...new Set(bars.map((b) => b.kind))]} labels={VALUE_KIND_LABEL} />
          </div>
          <CompareChart bars={bars} initialScale={query.scale} />
        </ChartFigure>
      )}
      <EmbedCredit deals={{ slug: { in: bars.map((b) => b.slug) } }} href={`/compare${qs}`} />
    </>
  );
}
