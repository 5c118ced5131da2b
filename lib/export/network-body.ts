import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import { edgeColor, edgeDash, NO_VALUE } from "@/components/network/edge-style";
import { arrowSize, edgePaths, edgeWidths } from "@/lib/network/geometry";
import { HEIGHT, LABEL_SIZE, WIDTH as NET_WIDTH } from "@/lib/network/layout";
import type { Network } from "@/lib/network/queries";
import { type ChartBody, esc, text, WIDTH } from "./svg-doc";

/** The network as drawn on /network, without the links, for a file. */
export function networkBody(network: Network): ChartBody {
  const widths = edgeWidths(network.edges);
  const paths = edgePaths(network, widths);
  const scale = WIDTH / NET_WIDTH;
  const markers = network.edges
    .map((e, i) => {
      const size = arrowSize(widths.get(e.key)!);
      return `<marker id="a${i}" viewBox="0 0 10 10" refX="0" refY="5" markerUnits="userSpaceOnUse" markerWidth="${size}" markerHeight="${size}" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${edgeColor(e.valueKind)}"/></marker>`;
    })
    .join("");
  const edges = network.edges
    .map((e, i) => {
      const p = paths.get(e.key);
      const dash = edgeDash(e.valueKind);
      return p
        ? `<path d="${p.d}" fill="none" stroke="${edgeColor(e.valueKind)}" stroke-width="${widths.get(e.key)!.toFixed(1)}" stroke-opacity="0.85"${dash ? ` stroke-dasharray="${dash}"` : ""} marker-end="url(#a${i})"><title>${esc(`${e.from} -> ${e.to}`)}</title></path>`
        : "";
    })
    .join("");
  // Every label above every circle: in a crowded middle, a circle drawn later must not hide a name.
  const circles = network.nodes
    .map(
      (n) =>
        `<circle cx="${n.x.toFixed(1)}" cy="${n.y.toFixed(1)}" r="${n.r.toFixed(1)}" fill="#ffffff" stroke="#475569" stroke-width="2"/>`,
    )
    .join("");
  const labels = network.nodes
    .map((n) =>
      text(
        n.x,
        n.labelY,
        n.name,
        `font-size="${LABEL_SIZE}" text-anchor="middle" fill="#0f172a" stroke="#ffffff" stroke-width="4" paint-order="stroke" stroke-linejoin="round"`,
      ),
    )
    .join("");
  const nodes = circles + labels;
  const kinds = [...new Set(network.edges.map((e) => e.valueKind))];
  let x = 24;
  const legend = kinds
    .map((k) => {
      const label = k ? VALUE_KIND_LABEL[k] : NO_VALUE.label;
      const dash = edgeDash(k);
      const item = `<line x1="${x}" y1="${HEIGHT * scale + 10}" x2="${x + 20}" y2="${HEIGHT * scale + 10}" stroke="${edgeColor(k)}" stroke-width="3"${dash ? ` stroke-dasharray="${dash}"` : ""}/>${text(x + 26, HEIGHT * scale + 14, label, 'font-size="11" fill="#475569"')}`;
      x += 40 + label.length * 6.5;
      return item;
    })
    .join("");
  return {
    height: HEIGHT * scale + 40,
    svg: `<defs>${markers}</defs><g transform="scale(${scale})">${edges}${nodes}</g>${legend}${text(24, HEIGHT * scale + 32, "Width: US dollar value. Arrows: customer -> supplier, investor -> investee, acquirer -> acquired.", 'font-size="11" fill="#64748b"')}`,
  };
}
