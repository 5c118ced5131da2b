import type { Metadata } from "next";
import Link from "next/link";
import { ChartFigure } from "@/components/charts/chart-figure";
import { CompanyRoleChart } from "@/components/charts/company-role-chart";
import { CompareChart, type CompareBar } from "@/components/charts/compare-chart";
import { CumulativeChart } from "@/components/charts/cumulative-chart";
import { ValueKindLegend, ValuePatterns } from "@/components/charts/value-patterns";
import { PartialTime } from "@/components/ui/partial-time";
import { QueryErrors } from "@/components/ui/query-errors";
import { VALUE_KIND_HELP, VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { companyRoleSeries, cumulativeByKind, type CumulativePoint } from "@/lib/charts/series";
import { getDealsBySlug } from "@/lib/deals/compare";
import { CompareQuerySchema, MAX_COMPARED } from "@/lib/deals/schemas";
import { listDeals } from "@/lib/deals/queries";
import { hasValue, type DealWithValue } from "@/lib/deals/schemas";
import { PARTY_ROLES, type PartyRole, type ValueKind } from "@/lib/domain";
import { formatAmountExact, formatDateText, formatUsdCompact, formatValue, formatValueShort } from "@/lib/format";
import { companyRoleTotals, valuedDays } from "@/lib/stats/queries";

export const metadata: Metadata = { title: "Compare deal values" };

/** Past this many dates the running total is drawn per month (or year); see cumulativeByKind. */
const MAX_CUMULATIVE_POINTS = 200;
/** Companies per value kind in the company-and-role chart and its table. */
const TOP_COMPANIES = 12;

const toBar = (d: DealWithValue): CompareBar => ({
  slug: d.slug,
  title: d.title,
  usd: Number(d.value.usd),
  kind: d.value.kind,
  label: formatValue(d.value),
  shortLabel: formatValueShort(d.value),
  exact: `${formatAmountExact(d.value.amount, d.value.currency)} ${d.value.currency}`,
  date: formatDateText(d.announcedOn),
});

export default async function ComparePage({ searchParams }: { searchParams: PageSearchParams }) {
  const parsed = parseSearchParams(CompareQuerySchema, await searchParams);
  const query = parsed.ok ? parsed.data : CompareQuerySchema.parse({});
  const chosenSlugs = query.deal ?? [];
  const [chosen, candidates, companyRoles, valued] = await Promise.all([
    getDealsBySlug(chosenSlugs),
    listDeals({ sort: "-valueUsd", limit: 50, minUsd: "0.01" }, { withTotal: false }),
    companyRoleTotals(),
    valuedDays(),
  ]);
  const withoutValue = chosen.deals.filter((d) => !hasValue(d));
  const bars = chosen.deals.filter(hasValue).map(toBar);
  const pickable = [...chosen.deals, ...candidates.data.filter((d) => !chosenSlugs.includes(d.slug))].filter(hasValue);
  const kindsShown = [...new Set(bars.map((b) => b.kind))];

  const cumulative = cumulativeByKind(valued, MAX_CUMULATIVE_POINTS);
  const cumulativeKinds = [...new Set(valued.map((v) => v.kind))] as ValueKind[];
  const cumulativeRows = cumulative.points.map((p) => ({
    t: Date.parse(`${p.date}T00:00:00Z`),
    dateLabel: formatDateText(p.dateText),
    firm: Number(p.totals.firm),
    up_to: Number(p.totals.up_to),
    estimate: Number(p.totals.estimate),
    valuation: Number(p.totals.valuation),
  }));
  const roleSeries = companyRoleSeries(companyRoles, (r) => PARTY_ROLES[r as PartyRole] ?? r, TOP_COMPANIES);
  // The table shows what the chart draws: per value kind, the same top companies.
  const drawn = new Set(roleSeries.flatMap((s) => s.companies.map((slug) => `${s.kind}:${slug}`)));
  const roleRows = companyRoles.filter((b) => drawn.has(`${b.valueKind}:${b.company}`));
  const companiesLeftOut = roleSeries.some((s) => s.of > s.companies.length);

  return (
    <div className="space-y-8">
      <ValuePatterns />
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Compare deal values</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          Values are shown in US dollars. A ceiling, an estimate and a company valuation are drawn differently from a
          firm contract value and are never added to one another.
        </p>
      </div>

      {!parsed.ok && <QueryErrors issues={parsed.issues} resetHref="/compare" />}
      {chosen.unknown.length > 0 && (
        <p
          role="alert"
          className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          No deal is called {chosen.unknown.map((s) => `“${s}”`).join(", ")}; it is left out.
        </p>
      )}
      {withoutValue.length > 0 && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {withoutValue.map((d) => d.title).join(", ")}: no value reported, so not drawn.
        </p>
      )}

      {bars.length >= 2 ? (
        <ChartFigure
          id="compare"
          title={`${bars.length} deals side by side`}
          description={
            <>
              Horizontal bars in US dollars; switch to a log scale when small deals vanish next to large ones (values
              here span {formatUsdCompact(Math.min(...bars.map((b) => b.usd)))} to{" "}
              {formatUsdCompact(Math.max(...bars.map((b) => b.usd)))}).
            </>
          }
          table={<CompareTable bars={bars} />}
        >
          <div className="mb-3">
            <ValueKindLegend kinds={kindsShown} labels={VALUE_KIND_LABEL} />
          </div>
          <CompareChart bars={bars} initialScale={query.scale} />
          <ul className="mt-3 space-y-0.5 text-xs text-slate-500 dark:text-slate-400">
            {kindsShown.map((k) => (
              <li key={k}>
                <span className="font-medium">{VALUE_KIND_LABEL[k]}</span>: {VALUE_KIND_HELP[k]}.
              </li>
            ))}
          </ul>
        </ChartFigure>
      ) : (
        <p
          className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm dark:border-slate-700"
          data-testid="compare-empty"
        >
          {bars.length === 1
            ? "Pick at least one more deal with a value to compare."
            : "Pick two or more deals below, or tick them in the "}
          {bars.length === 0 && (
            <Link href="/deals" className="underline underline-offset-2">
              deals table
            </Link>
          )}
          {bars.length === 0 && "."}
        </p>
      )}

      <form action="/compare" method="get" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <fieldset>
          <legend className="text-lg font-semibold">Choose deals</legend>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Deals with a value, largest first; up to {MAX_COMPARED}.
          </p>
          <div className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {pickable.map((d) => (
              <label key={d.slug} className="flex items-baseline gap-2 text-sm">
                <input
                  type="checkbox"
                  name="deal"
                  value={d.slug}
                  defaultChecked={chosenSlugs.includes(d.slug)}
                  className="accent-blue-700"
                />
                <span>
                  {d.title}{" "}
                  <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400">
                    {formatValue(d.value)}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {query.scale === "log" && <input type="hidden" name="scale" value="log" />}
        <button
          type="submit"
          className="mt-3 rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
        >
          Compare
        </button>
      </form>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="cumulative"
          title="Announced value over time"
          description={`Running total of announced deal value by value kind, in US dollars. Each kind is its own line: ceilings, estimates and valuations are not added to firm values.${cumulative.period === "day" ? "" : ` One point per ${cumulative.period}: the total after its last deal.`}`}
          table={<CumulativeTable rows={cumulative.points} kinds={cumulativeKinds} />}
        >
          <ValueKindLegend kinds={cumulativeKinds} labels={VALUE_KIND_LABEL} variant="line" />
          <CumulativeChart rows={cumulativeRows} kinds={cumulativeKinds} />
        </ChartFigure>
        <ChartFigure
          id="company-role"
          title="Value by company and role"
          description={`Total value of the deals each company is party to, split by its role, for one value kind at a time. A deal counts in full for every party.${companiesLeftOut ? ` The ${TOP_COMPANIES} companies with the largest total per value kind.` : ""}`}
          table={<CompanyRoleTable buckets={roleRows} />}
        >
          <CompanyRoleChart series={roleSeries} />
        </ChartFigure>
      </div>
    </div>
  );
}

const th = "py-1 pr-4 text-left font-medium text-slate-500 dark:text-slate-400";

function CompareTable({ bars }: { bars: CompareBar[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">The compared deals</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Deal
          </th>
          <th scope="col" className={th}>
            Value
          </th>
          <th scope="col" className={th}>
            Exact amount
          </th>
          <th scope="col" className={th}>
            Kind
          </th>
          <th scope="col" className={th}>
            Date
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.slug} className="border-t border-slate-100 dark:border-slate-900">
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              <Link href={`/deals/${b.slug}`} className="underline underline-offset-2">
                {b.title}
              </Link>
            </th>
            <td className="py-1 pr-4 tabular-nums">{b.label}</td>
            <td className="py-1 pr-4 tabular-nums">{b.exact}</td>
            <td className="py-1 pr-4">{VALUE_KIND_LABEL[b.kind]}</td>
            <td className="py-1 pr-4">{b.date}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CumulativeTable({ rows, kinds }: { rows: CumulativePoint[]; kinds: ValueKind[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Running totals by value kind</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Date
          </th>
          {kinds.map((k) => (
            <th key={k} scope="col" className={th}>
              {VALUE_KIND_LABEL[k]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.date} className="border-t border-slate-100 dark:border-slate-900">
            <th scope="row" className="py-1 pr-4 text-left font-normal tabular-nums">
              <PartialTime text={r.dateText} />
            </th>
            {kinds.map((k) => (
              <td key={k} className="py-1 pr-4 tabular-nums">
                {formatUsdCompact(r.totals[k])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CompanyRoleTable({
  buckets,
}: {
  buckets: { company: string; name: string; role: string; valueKind: string | null; usd: string; count: number }[];
}) {
  const rows = buckets.filter((b) => b.valueKind !== null);
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Value by company, role and value kind</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            Company
          </th>
          <th scope="col" className={th}>
            Role
          </th>
          <th scope="col" className={th}>
            Value kind
          </th>
          <th scope="col" className={th}>
            Deals
          </th>
          <th scope="col" className={th}>
            Total (USD)
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={`${b.company}:${b.role}:${b.valueKind}`} className="border-t border-slate-100 dark:border-slate-900">
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              <Link href={`/companies/${b.company}`} className="underline underline-offset-2">
                {b.name}
              </Link>
            </th>
            <td className="py-1 pr-4">{PARTY_ROLES[b.role as PartyRole] ?? b.role}</td>
            <td className="py-1 pr-4">{VALUE_KIND_LABEL[b.valueKind as ValueKind]}</td>
            <td className="py-1 pr-4 tabular-nums">{b.count}</td>
            <td className="py-1 pr-4 tabular-nums">{formatUsdCompact(b.usd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
