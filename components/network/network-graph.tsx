import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { formatCount, formatUsdCompact } from "@/lib/format";
import { arrowSize, edgePaths, edgeWidths } from "@/lib/network/geometry";
import { HEIGHT, LABEL_SIZE, WIDTH } from "@/lib/network/layout";
import type { Network, NetworkEdge } from "@/lib/network/queries";
import { edgeColor, edgeDash, NO_VALUE } from "./edge-style";
import { NetworkHover } from "./network-hover";

/** What an edge stands for, in words: its link's accessible name and the hover panel's text. */
export function edgeText(e: NetworkEdge, names: Map<string, string>) {
  const route = `${names.get(e.from)} → ${names.get(e.to)}`;
  const kind = e.valueKind ? VALUE_KIND_LABEL[e.valueKind] : NO_VALUE.label;
  const sum = e.valueKind ? `${formatUsdCompact(e.usd)} (${kind})` : kind;
  const deals = `${formatCount(e.count)} ${e.count === 1 ? "deal" : "deals"}`;
  if (e.deal && e.count === 1) return { title: `${route}: ${e.deal.title}`, value: e.deal.value };
  return {
    title: `${route}: ${deals}`,
    value: e.deal ? `${sum} in all; the largest: ${e.deal.title}, ${e.deal.value}` : `${sum} in all`,
  };
}

/** Where clicking an edge goes: its deal, or the table of the named company's deals for an "Other" edge. */
export function edgeHref(e: NetworkEdge): string {
  if (e.deal) return `/deals/${e.deal.slug}`;
  const named = e.from === "other" ? e.to : e.from;
  return `/deals?company=${named}`;
}

/** The network drawn on the server as SVG; edges and nodes are links, so the keyboard reaches each. */
export function NetworkGraph({
  network,
  idPrefix = "net",
  linkTarget,
}: {
  network: Network;
  idPrefix?: string;
  /** "_top" in an embed, so a link opens the site rather than a page that refuses the frame */
  linkTarget?: string;
}) {
  const widths = edgeWidths(network.edges);
  const paths = edgePaths(network, widths);
  const names = new Map(network.nodes.map((n) => [n.key, n.name]));
  // Crop to the drawing (with room for labels and curves), so a small graph fills the frame.
  const x0 = Math.max(0, Math.min(...network.nodes.map((n) => n.x - n.r)) - 80);
  const y0 = Math.max(0, Math.min(...network.nodes.map((n) => n.y - n.r)) - 40);
  const x1 = Math.min(WIDTH, Math.max(...network.nodes.map((n) => n.x + n.r)) + 80);
  const y1 = Math.min(HEIGHT, Math.max(...network.nodes.map((n) => n.y + n.r)) + 40);
  return (
    <NetworkHover hint="Point at or tab to an edge to see its deal and the sentence it comes from; select it to open the deal.">
      <div className="overflow-x-auto">
        <svg
          viewBox={`${x0.toFixed(0)} ${y0.toFixed(0)} ${(x1 - x0).toFixed(0)} ${(y1 - y0).toFixed(0)}`}
          className="h-auto w-full min-w-[36rem] text-slate-700 dark:text-slate-300"
          role="group"
          aria-label={`${network.nodes.length} companies and ${network.edges.length} links between them`}
          data-testid="network-svg"
        >
          <defs>
            {network.edges.map((e) => {
              const size = arrowSize(widths.get(e.key)!);
              return (
                <marker
                  key={e.key}
                  id={`${idPrefix}-arrow-${e.key}`}
                  viewBox="0 0 10 10"
                  refX="0"
                  refY="5"
                  markerUnits="userSpaceOnUse"
                  markerWidth={size}
                  markerHeight={size}
                  orient="auto"
                >
                  <path d="M0,0 L10,5 L0,10 z" fill={edgeColor(e.valueKind)} />
                </marker>
              );
            })}
          </defs>
          <g>
            {network.edges.map((e) => {
              const path = paths.get(e.key);
              if (!path) return null;
              const text = edgeText(e, names);
              const source = e.deal?.quote ?? "";
              return (
                <a
                  key={e.key}
                  href={edgeHref(e)}
                  target={linkTarget}
                  aria-label={`${text.title}. ${text.value}`}
                  data-edge={e.key}
                  data-title={text.title}
                  data-value={text.value}
                  data-parties={e.deal?.parties ?? ""}
                  data-quote={source}
                  className="group outline-none"
                >
                  <path d={path.d} fill="none" stroke="transparent" strokeWidth={widths.get(e.key)! + 10} />
                  <path
                    d={path.d}
                    fill="none"
                    stroke={edgeColor(e.valueKind)}
                    strokeWidth={widths.get(e.key)}
                    strokeDasharray={edgeDash(e.valueKind)}
                    strokeOpacity={0.85}
                    markerEnd={`url(#${idPrefix}-arrow-${e.key})`}
                    className="group-hover:stroke-opacity-100 group-focus-visible:[stroke-opacity:1]"
                  />
                  <path
                    d={path.d}
                    fill="none"
                    stroke="currentColor"
                    strokeWidth={2}
                    className="opacity-0 group-hover:opacity-60 group-focus-visible:opacity-100"
                    strokeDasharray="1 0"
                    aria-hidden="true"
                  />
                </a>
              );
            })}
          </g>
          <g>
            {network.nodes.map((n) => {
              const label = (
                <>
                  <circle
                    cx={n.x}
                    cy={n.y}
                    r={n.r}
                    className="fill-white stroke-slate-600 group-hover:stroke-blue-700 group-focus-visible:stroke-blue-700 dark:fill-slate-900 dark:stroke-slate-300"
                    strokeWidth={2}
                  />
                  <text
                    x={n.x}
                    y={n.labelY}
                    textAnchor="middle"
                    fontSize={LABEL_SIZE}
                    className="fill-slate-900 stroke-white dark:fill-slate-100 dark:stroke-slate-950"
                    strokeWidth={4}
                    paintOrder="stroke"
                    strokeLinejoin="round"
                  >
                    {n.name}
                  </text>
                </>
              );
              const name = `${n.name}: ${formatCount(n.count)} ${n.count === 1 ? "deal" : "deals"} drawn`;
              return n.slug ? (
                <a
                  key={n.key}
                  href={`/companies/${n.slug}`}
                  target={linkTarget}
                  aria-label={name}
                  className="group outline-none"
                  data-node={n.key}
                >
                  {label}
                </a>
              ) : (
                <g key={n.key} data-node={n.key} aria-label={name} role="img">
                  {label}
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </NetworkHover>
  );
}
