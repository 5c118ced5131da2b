import { decimalToMinorUnits } from "@/lib/amounts/decimal";
import type { Network, NetworkEdge } from "./queries";

// Curved edges, so that A -> B and B -> A (and a cycle of three) stay apart and readable: each
// edge bends to its own left, further for each extra edge in the same direction.

const MIN_WIDTH = 1.5;
const MAX_WIDTH = 14;
const BEND = 26;
const ARROW = 9;

/** Arrowhead length for a stroke width: never narrower than the stroke. */
export const arrowSize = (width: number) => Math.max(ARROW, width * 1.5);

/** Stroke width by USD value, square-root scaled so area tracks value; deals without a value are thin. */
export function edgeWidths(edges: readonly NetworkEdge[]): Map<string, number> {
  const max = edges.reduce((m, e) => (decimalToMinorUnits(e.usd) > m ? decimalToMinorUnits(e.usd) : m), 0n);
  return new Map(
    edges.map((e) => {
      const usd = decimalToMinorUnits(e.usd);
      // Float for drawing only: a share of the largest edge.
      const share = max === 0n ? 0 : Number((usd * 1_000_000n) / max) / 1_000_000;
      return [e.key, MIN_WIDTH + Math.sqrt(share) * (MAX_WIDTH - MIN_WIDTH)];
    }),
  );
}

export interface EdgePath {
  d: string;
  /** where the label or tooltip anchors: the curve's midpoint */
  mx: number;
  my: number;
}

export function edgePaths(
  network: Pick<Network, "nodes" | "edges">,
  widths: Map<string, number>,
): Map<string, EdgePath> {
  const at = new Map(network.nodes.map((n) => [n.key, n]));
  const seen = new Map<string, number>();
  const paths = new Map<string, EdgePath>();
  for (const e of network.edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const lane = seen.get(`${e.from}>${e.to}`) ?? 0;
    seen.set(`${e.from}>${e.to}`, lane + 1);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    // The left normal of a -> b: reversed edges bend the other way by themselves.
    const nx = dy / len;
    const ny = -dx / len;
    const bend = BEND * (lane + 1);
    const cx = (a.x + b.x) / 2 + nx * bend;
    const cy = (a.y + b.y) / 2 + ny * bend;
    // Start and end on the circles, the end short of the arrowhead.
    const start = towards(a.x, a.y, cx, cy, a.r + 1);
    const end = towards(b.x, b.y, cx, cy, b.r + arrowSize(widths.get(e.key) ?? MIN_WIDTH) + 1);
    paths.set(e.key, {
      d: `M${f(start.x)},${f(start.y)} Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`,
      mx: 0.25 * a.x + 0.5 * cx + 0.25 * b.x,
      my: 0.25 * a.y + 0.5 * cy + 0.25 * b.y,
    });
  }
  return paths;
}

function towards(x: number, y: number, tx: number, ty: number, by: number) {
  const len = Math.hypot(tx - x, ty - y) || 1;
  return { x: x + ((tx - x) / len) * by, y: y + ((ty - y) / len) * by };
}

const f = (n: number) => n.toFixed(1);
