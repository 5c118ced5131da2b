/** The p-th percentile (0-100) by nearest rank of `samples`; NaN for none. */
export function percentile(samples: readonly number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface Summary {
  p50: number;
  p95: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary {
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length };
}

export const ms = (value: number) =>
  Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : "–";
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
