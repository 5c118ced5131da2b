import { countRecords, listDealsForOverview } from "@/lib/deals/queries";
import { DEAL_KINDS, type DealKind, type Precision, type ValueKind } from "@/lib/domain";
import { formatDealValue, formatPartialDate } from "@/lib/format";

export default async function OverviewPage() {
  const [deals, counts] = await Promise.all([listDealsForOverview(), countRecords()]);
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-semibold tracking-tight">AI-chip supply deals</h1>
        <p className="mt-2 max-w-2xl text-slate-600 dark:text-slate-400">
          {counts.deals} deals and {counts.events} events between {counts.companies} companies, drawn from {counts.articles} Dutch news
          articles. Each of the {counts.evidence} figures and claims cites the sentence it comes from.
        </p>
      </section>
      <section aria-labelledby="deals-heading">
        <h2 id="deals-heading" className="text-lg font-semibold">
          Deals
        </h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">Date</th>
                <th scope="col" className="py-2 pr-4 font-medium">Deal</th>
                <th scope="col" className="py-2 pr-4 font-medium">Parties</th>
                <th scope="col" className="py-2 pr-4 text-right font-medium">Value</th>
                <th scope="col" className="py-2 font-medium">Sources</th>
              </tr>
            </thead>
            <tbody>
              {deals.map((deal) => {
                const sources = [...new Map(deal.evidence.map((e) => [e.article.slug, e.article])).values()];
                return (
                  <tr key={deal.slug} className="border-b border-slate-100 align-top dark:border-slate-900">
                    <td className="py-2 pr-4 whitespace-nowrap tabular-nums">{formatPartialDate(deal.announcedOn, deal.announcedPrecision as Precision)}</td>
                    <td className="py-2 pr-4">
                      <div className="font-medium">{deal.title}</div>
                      <div className="text-xs text-slate-500 dark:text-slate-400">{DEAL_KINDS[deal.kind as DealKind]}</div>
                    </td>
                    <td className="py-2 pr-4">{deal.parties.map((p) => p.company.name).join(", ")}</td>
                    <td className="py-2 pr-4 text-right whitespace-nowrap tabular-nums">
                      {deal.valueMinor !== null && deal.valueCurrency && deal.valueKind
                        ? formatDealValue(deal.valueMinor, deal.valueCurrency, deal.valueKind as ValueKind)
                        : "—"}
                    </td>
                    <td className="py-2 text-xs text-slate-500 dark:text-slate-400">{sources.map((s) => s.title).join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
