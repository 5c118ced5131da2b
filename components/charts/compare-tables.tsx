import Link from "next/link";
import { PartialTime } from "@/components/ui/partial-time";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { CompanyDeals, CompareBar } from "@/lib/charts/compare-view";
import type { CumulativePoint } from "@/lib/charts/series";
import { PARTY_ROLES, type ValueKind } from "@/lib/domain";
import { formatUsdCompact } from "@/lib/format";

// The /compare charts' numbers as tables: the "Show the data as a table" of each figure.

const th = "py-1 pr-4 text-left font-medium text-slate-500 dark:text-slate-400";
const row = "border-t border-slate-100 dark:border-slate-900";

export function CompareTable({ bars }: { bars: CompareBar[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">The compared deals</caption>
      <thead>
        <tr>
          {["Deal", "Parties", "Value", "Exact amount", "Kind", "Date"].map((h) => (
            <th key={h} scope="col" className={th}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.slug} className={row}>
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              <Link href={`/deals/${b.slug}`} className="underline underline-offset-2">
                {b.title}
              </Link>
            </th>
            <td className="py-1 pr-4">{b.parties}</td>
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

export function CumulativeTable({ rows, kinds }: { rows: CumulativePoint[]; kinds: readonly ValueKind[] }) {
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
          <tr key={r.date} className={row}>
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

export function CompanyDealsTable({ companies }: { companies: readonly CompanyDeals[] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Companies in these deals, with their role in each</caption>
      <thead>
        <tr>
          {["Company", "Deals", "Role in each deal"].map((h) => (
            <th key={h} scope="col" className={th}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {companies.map((c) => (
          <tr key={c.company} className={`${row} align-top`}>
            <th scope="row" className="py-1 pr-4 text-left font-normal">
              <Link href={`/companies/${c.company}`} className="underline underline-offset-2">
                {c.name}
              </Link>
            </th>
            <td className="py-1 pr-4 tabular-nums">{c.deals.length}</td>
            <td className="py-1 pr-4">
              <ul>
                {c.deals.map((d) => (
                  <li key={d.slug}>
                    {PARTY_ROLES[d.role]} in{" "}
                    <Link href={`/deals/${d.slug}`} className="underline underline-offset-2">
                      {d.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
