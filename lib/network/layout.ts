import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from "d3-force";

// Node positions from d3-force, computed on the server: a fixed number of ticks from a fixed
// random seed, so the same graph is always drawn the same way and no layout code ships.

export const WIDTH = 800;
export const HEIGHT = 560;
const PAD = 70;
const TICKS = 300;

/** A linear congruential generator (as d3-force's own default): same seed, same sequence. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) >>> 0) / 4294967296;
}

interface LayoutNode extends SimulationNodeDatum {
  key: string;
  r: number;
}

export function layoutGraph(
  nodes: readonly { key: string; r: number }[],
  links: readonly { from: string; to: string }[],
  seed = 15,
): Map<string, { x: number; y: number }> {
  const sim: LayoutNode[] = nodes.map((n) => ({ key: n.key, r: n.r }));
  const simulation = forceSimulation(sim)
    .randomSource(lcg(seed))
    .force(
      "link",
      forceLink<LayoutNode, { source: string; target: string }>(links.map((l) => ({ source: l.from, target: l.to })))
        .id((n) => n.key)
        .distance(110),
    )
    .force("charge", forceManyBody().strength(-420))
    // Weak pulls to the middle keep separate clusters on the canvas.
    .force("x", forceX(0).strength(0.07))
    .force("y", forceY(0).strength(0.1))
    .force(
      "collide",
      forceCollide<LayoutNode>((n) => n.r + 26),
    )
    .stop();
  simulation.tick(TICKS);
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((WIDTH - 2 * PAD) / Math.max(x1 - x0, 1), (HEIGHT - 2 * PAD) / Math.max(y1 - y0, 1), 1.6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return new Map(
    sim.map((n) => [n.key, { x: WIDTH / 2 + ((n.x ?? 0) - cx) * scale, y: HEIGHT / 2 + ((n.y ?? 0) - cy) * scale }]),
  );
}

const MIN_R = 7;
const MAX_R = 24;
/** Deals at which a circle reaches MAX_R on the plain scale (7 + 3√count). */
const FULL_AT = ((MAX_R - MIN_R) / 3) ** 2;

/**
 * Circle radii: 7 + 3√deals up to 24 px. Past that (thousands of deals a company), the scale
 * shrinks so that the busiest company reaches 24 px and the others stay in proportion, instead
 * of every circle drawn at the cap; "Other" stays at most 24 px.
 */
export function nodeRadii(counts: readonly { count: number; other: boolean }[]): number[] {
  const busiest = Math.max(0, ...counts.filter((c) => !c.other).map((c) => c.count));
  const shrink = busiest > FULL_AT ? Math.sqrt(FULL_AT / busiest) : 1;
  return counts.map((c) => Math.min(MAX_R, MIN_R + Math.sqrt(c.count) * 3 * shrink));
}

/** Label font size, and a generous average glyph width of Inter at that size (for overlap tests only). */
export const LABEL_SIZE = 13;
const GLYPH = 7.6;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Each name's baseline: under its circle, or over it where a name placed before or another
 * circle is in the way underneath and nothing is above. A crowded graph keeps every name
 * legible; a sparse one has every name underneath.
 */
export function labelBaselines(nodes: readonly { key: string; name: string; x: number; y: number; r: number }[]) {
  const circles = nodes.map((n) => ({
    key: n.key,
    box: { x0: n.x - n.r, y0: n.y - n.r, x1: n.x + n.r, y1: n.y + n.r },
  }));
  const placed: Box[] = [];
  const baselines = new Map<string, number>();
  for (const n of nodes) {
    const half = (n.name.length * GLYPH) / 2;
    const box = (baseline: number): Box => ({
      x0: n.x - half,
      y0: baseline - LABEL_SIZE + 2,
      x1: n.x + half,
      y1: baseline + 4,
    });
    const clear = (b: Box) =>
      !placed.some((p) => overlaps(p, b)) && !circles.some((c) => c.key !== n.key && overlaps(c.box, b));
    const below = n.y + n.r + 14;
    const above = n.y - n.r - 6;
    const baseline = clear(box(below)) || !clear(box(above)) ? below : above;
    placed.push(box(baseline));
    baselines.set(n.key, baseline);
  }
  return baselines;
}
