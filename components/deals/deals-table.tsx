import Link from "next/link";
import { DealValue } from "@/components/ui/deal-value";
import { PartialTime } from "@/components/ui/partial-time";
import type { DealDto, DealSort } from "@/lib/deals/schemas";
import { DEAL_KINDS, PARTY_ROLES } from "@/lib/domain";

type Column = "announcedOn" | "title" | "valueUsd";

interface Props {
  deals: readonly DealDto[];
  sort: DealSort;
  /** The href of this view sorted by `sort`, all else kept. */
  sortHref: (sort: DealSort) => string;
  /** When set, each row gets a checkbox submitting to this form (the compare picker). */
  selectForm?: string;
  caption: string;
}

// Dates and values read best newest / largest first; titles A to Z.
const FIRST_DIRECTION: Record<Column, "asc" | "desc"> = { announcedOn: "desc", valueUsd: "desc", title: "asc" };

export function DealsTable({ deals, sort, sortHref, selectForm, caption }: Props) {
  const sortedBy = sort.replace(/^-/, "") as Column;
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const header = (column: Column, text: string, className = "") => {
    const active = sortedBy === column;
    const next = active ? (direction === "desc" ? "asc" : "desc") : FIRST_DIRECTION[column];
    const href = sortHref((next === "desc" ? `-${column}` : column) as DealSort);
    return (
      <th
        scope="col"
        aria-sort={active ? (direction === "desc" ? "descending" : "ascending") : "none"}
        className={`py-2 pr-4 font-medium ${className}`}
      >
        <Link
          href={href}
          className="inline-flex items-center gap-1 hover:text-slate-900 dark:hover:text-slate-100"
          aria-label={`${text}: sort ${next === "desc" ? "descending" : "ascending"}`}
        >
          {text}
          <span
            aria-hidden="true"
            className={active ? "text-slate-900 dark:text-slate-100" : "text-slate-300 dark:text-slate-600"}
          >
            {active ? (direction === "desc" ? "▼" : "▲") : "↕"}
          </span>
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto">
      <table className="stack-table w-full text-left text-sm sm:min-w-[44rem]">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
          <tr>
            {selectForm && (
              <th scope="col" className="w-8 py-2 pr-2 font-medium" data-cell="select">
                <span className="sr-only">Compare</span>
              </th>
            )}
            {header("announcedOn", "Date", "whitespace-nowrap")}
            {header("title", "Deal")}
            <th scope="col" className="py-2 pr-4 font-medium">
              Parties
            </th>
            {header("valueUsd", "Value", "text-right")}
            <th scope="col" className="py-2 font-medium">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {deals.map((deal) => {
            const articles = [...new Map(deal.sources.map((s) => [s.article, s.title])).entries()];
            return (
              <tr key={deal.slug} className="border-b border-slate-100 align-top dark:border-slate-900">
                {selectForm && (
                  <td className="py-2 pr-2" data-cell="select">
                    <input
                      type="checkbox"
                      form={selectForm}
                      name="deal"
                      value={deal.slug}
                      disabled={!deal.value}
                      aria-label={deal.value ? `Compare ${deal.title}` : `${deal.title} has no value to compare`}
                      className="mt-0.5 accent-blue-700"
                    />
                  </td>
                )}
                <td className="py-2 pr-4 whitespace-nowrap tabular-nums" data-cell="date">
                  <PartialTime text={deal.announcedOn} />
                </td>
                <td className="py-2 pr-4" data-cell="deal">
                  <Link
                    href={`/deals/${deal.slug}`}
                    className="font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
                  >
                    {deal.title}
                  </Link>
                  <div className="text-xs text-slate-500 dark:text-slate-400">{DEAL_KINDS[deal.kind]}</div>
                </td>
                <td className="py-2 pr-4" data-cell="parties">
                  <ul>
                    {deal.parties.map((p) => (
                      <li key={`${p.company}:${p.role}`}>
                        <Link href={`/companies/${p.company}`} className="hover:underline">
                          {p.name}
                        </Link>{" "}
                        <span className="text-xs text-slate-500 dark:text-slate-400">
                          {PARTY_ROLES[p.role].toLowerCase()}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="py-2 pr-4 text-right" data-cell="value">
                  <DealValue value={deal.value} />
                </td>
                <td className="py-2 text-xs" data-cell="sources">
                  <ul className="space-y-0.5">
                    {articles.map(([slug, title]) => (
                      <li key={slug}>
                        <Link
                          href={`/articles/${slug}`}
                          className="text-slate-600 underline-offset-2 hover:underline dark:text-slate-400"
                        >
                          {title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
