import type { Metadata } from "next";
import Link from "next/link";
import { FollowLinks } from "@/components/feeds/follow-links";
import { FilterForm } from "@/components/filters/filter-form";
import { NetworkFigure } from "@/components/network/network-figure";
import { QueryErrors } from "@/components/ui/query-errors";
import { VALUE_KIND_LABEL, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { listCompanyOptions } from "@/lib/companies/queries";
import { dealFilterParams } from "@/lib/deals/page-query";
import { DEAL_KINDS } from "@/lib/domain";
import { getNetwork } from "@/lib/network/queries";
import { NetworkQuerySchema } from "@/lib/network/schemas";
import { queryString } from "@/lib/url";

export const metadata: Metadata = {
  title: "Network",
  description: "Who deals with whom: companies and the deals between them, drawn to scale.",
};

export default async function NetworkPage({ searchParams }: { searchParams: PageSearchParams }) {
  const parsed = parseSearchParams(NetworkQuerySchema, await searchParams);
  const query = parsed.ok ? parsed.data : NetworkQuerySchema.parse({});
  const [network, companies] = await Promise.all([getNetwork(query, query.top), listCompanyOptions()]);
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Network</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          The deals of the{" "}
          <Link href="/deals" className="underline underline-offset-2">
            deals table
          </Link>{" "}
          as a network, with the same filters. <FollowLinks filter={parsed.ok ? query : {}} />
        </p>
      </div>
      {!parsed.ok && <QueryErrors issues={parsed.issues} resetHref="/network" />}
      <FilterForm
        action="/network"
        values={parsed.ok ? query : {}}
        hidden={{ top: query.top === 25 ? undefined : String(query.top) }}
        companies={companies}
        kinds={Object.entries(DEAL_KINDS).map(([value, label]) => ({ value, label }))}
        valueKinds={VALUE_KIND_ORDER.map((k) => ({ value: k, label: VALUE_KIND_LABEL[k] }))}
        withValueRange
      />
      {network.edges.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-sm dark:border-slate-700">
          No deals between two companies match these filters.
        </p>
      ) : (
        <NetworkFigure
          network={network}
          top={query.top}
          downloadQuery={queryString({ ...dealFilterParams(query), top: query.top === 25 ? undefined : query.top })}
        />
      )}
    </div>
  );
}
