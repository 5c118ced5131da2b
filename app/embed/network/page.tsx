import type { Metadata } from "next";
import { EmbedCredit } from "@/components/charts/embed-credit";
import { NetworkFigure } from "@/components/network/network-figure";
import { QueryErrors } from "@/components/ui/query-errors";
import { parseSearchParams, type PageSearchParams } from "@/lib/api/search-params";
import { dealFilterParams } from "@/lib/deals/page-query";
import { dealWhere } from "@/lib/deals/where";
import { getNetwork, NETWORK_TOP } from "@/lib/network/queries";
import { NetworkQuerySchema } from "@/lib/network/schemas";
import { queryString } from "@/lib/url";

export const metadata: Metadata = { title: "Network (embed)" };

/** /network's chart alone, for an iframe: the same filters, links open the site in the top window. */
export default async function EmbedNetworkPage({ searchParams }: { searchParams: PageSearchParams }) {
  const parsed = parseSearchParams(NetworkQuerySchema, await searchParams);
  const query = parsed.ok ? parsed.data : NetworkQuerySchema.parse({});
  const network = await getNetwork(query, query.top);
  const qs = queryString({ ...dealFilterParams(query), top: query.top === NETWORK_TOP ? undefined : query.top });
  return (
    <>
      <h1 className="sr-only">Network of deals from chip-deals</h1>
      {!parsed.ok && <QueryErrors issues={parsed.issues} resetHref="/embed/network" />}
      <NetworkFigure network={network} top={query.top} downloadQuery={qs} idPrefix="embed-net" linkTarget="_top" />
      <EmbedCredit deals={dealWhere(query)} href={`/network${qs}`} />
    </>
  );
}
