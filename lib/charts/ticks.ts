// Axis ticks a reader can use: round values ($100B, $500B, $1T) and evenly spaced dates.

const STEPS = [1, 2, 2.5, 5, 10];

/** Round linear ticks from 0 past `max`: a step of 1, 2, 2.5 or 5 times a power of ten, about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let i = 0; ticks.length === 0 || ticks.at(-1)! < max; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return ticks;
}

/**
 * A log axis: ticks on the powers of ten from the one at or below `min` to the one at or below
 * `max`, and a domain from the first tick to a little past `max` (a log axis cannot start at 0).
 */
export function logAxis(min: number, max: number): { ticks: number[]; domain: [number, number] } {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.floor(Math.log10(max)));
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => 10 ** (lo + i));
  return { ticks, domain: [ticks[0]!, Math.max(ticks.at(-1)!, max * 1.3)] };
}

/** A linear axis from $0 with round ticks, ending on its last tick. */
export function linearAxis(max: number): { ticks: number[]; domain: [number, number] } {
  const ticks = niceTicks(max);
  return { ticks, domain: [0, ticks.at(-1)!] };
}

const MONTHS_PER_STEP = [1, 2, 3, 6, 12, 24, 60, 120];

/**
 * Date ticks (ms since the epoch) on the first of a month, evenly spaced: every 1, 2, 3 or 6
 * months or every 1, 2, 5 or 10 years, at most `count` of them, aligned so years start on January.
 */
export function timeTicks(from: number, to: number, count = 6): number[] {
  const start = new Date(from);
  const months = (y: number, m: number) => y * 12 + m;
  const first = months(start.getUTCFullYear(), start.getUTCMonth());
  const end = new Date(to);
  const last = months(end.getUTCFullYear(), end.getUTCMonth());
  const step = MONTHS_PER_STEP.find((s) => Math.floor((last - first) / s) + 1 <= count) ?? 120;
  const ticks: number[] = [];
  for (let m = Math.ceil(first / step) * step; m <= last + step; m += step) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (t >= from && t <= to) ticks.push(t);
  }
  return ticks;
}
