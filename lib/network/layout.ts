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
