import { ChartFigure } from "@/components/charts/chart-figure";
import { ValueKind, type ValueKind as Kind } from "@/lib/domain";
import { formatCount } from "@/lib/format";
import type { Network } from "@/lib/network/queries";
import { NetworkGraph } from "./network-graph";
import { NetworkLegend } from "./network-legend";
import { NetworkTable } from "./network-table";

export const networkTitle = "Who deals with whom";

export function networkDescription(network: Network, top: number): string {
  const folded = network.companies > top;
  return [
    `Companies as circles, deals as arrows from customer to supplier, investor to investee and acquirer to acquired; the wider the arrow, the more US dollars. Value kinds are never added together: each has its own arrow.`,
    folded
      ? `The ${top} companies with the largest deal value are drawn; the other ${formatCount(network.companies - top)} are one “Other” circle.`
      : "",
    network.hidden ? `${formatCount(network.hidden)} deals between two of the other companies are not drawn.` : "",
    network.omitted
      ? `Only ${formatCount(network.edges.length)} links are drawn: each company's largest, then the largest of the rest; ${formatCount(network.omitted)} smaller ones are left out (narrow the filters to see them).`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The kinds drawn, in their canonical order, "no value" last. */
export function drawnKinds(network: Network): (Kind | null)[] {
  const present = new Set(network.edges.map((e) => e.valueKind));
  return [...ValueKind.options.filter((k) => present.has(k)), ...(present.has(null) ? [null] : [])];
}

export function NetworkFigure({
  network,
  top,
  downloadQuery,
  idPrefix,
  linkTarget,
}: {
  network: Network;
  top: number;
  /** the /network query, for the downloads */
  downloadQuery: string;
  idPrefix?: string;
  linkTarget?: string;
}) {
  return (
    <ChartFigure
      id={`${idPrefix ?? "network"}-chart`}
      title={networkTitle}
      description={networkDescription(network, top)}
      table={<NetworkTable network={network} linkTarget={linkTarget} />}
      downloads={{ chart: "network", query: downloadQuery }}
    >
      <NetworkLegend kinds={drawnKinds(network)} />
      <div className="mt-2">
        <NetworkGraph network={network} idPrefix={idPrefix} linkTarget={linkTarget} />
      </div>
    </ChartFigure>
  );
}
