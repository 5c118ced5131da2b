import { ROLE_COLOR } from "@/components/ui/role-colors";
import { VALUE_KIND_CHART, VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { CompanyRoleRow } from "@/lib/charts/compare-view";
import { PARTY_ROLES, type PartyRole, type ValueKind } from "@/lib/domain";
import { decimalToMinorUnits } from "@/lib/amounts/decimal";
import { formatUsdCompact } from "@/lib/format";
import { type ChartBody, fillOf, text, truncate, WIDTH } from "./svg-doc";

// The drawings of the downloadable charts, as SVG fragments. Floats appear only as positions;
// every label is formatted from the exact amounts.

const PAD = 24;
const AXIS = 'stroke="#94a3b8" stroke-width="1"';
const LABEL = 'font-size="12" fill="#334155"';

/** A share of `max`, for drawing only. */
const share = (usd: string, max: bigint) =>
  max === 0n ? 0 : Number((decimalToMinorUnits(usd) * 1_000_000n) / max) / 1_000_000;
const maxOf = (values: readonly string[]) =>
  values.reduce((m, v) => (decimalToMinorUnits(v) > m ? decimalToMinorUnits(v) : m), 0n);

export interface Bar {
  label: string;
  valueText: string;
  /** exact USD, decimal text */
  usd: string;
  kind: ValueKind;
}

/** Horizontal bars in US dollars, linear from $0 or on a log axis. */
export function barsBody(bars: readonly Bar[], scale: "linear" | "log" = "linear"): ChartBody {
  const labelW = 250;
  const valueW = 130;
  const x0 = PAD + labelW;
  const span = WIDTH - x0 - valueW - PAD;
  const row = 32;
  const max = maxOf(bars.map((b) => b.usd));
  const logs = bars.map((b) => Math.log10(Math.max(Number(b.usd), 1)));
  const lo = Math.floor(Math.min(...logs));
  const hi = Math.max(...logs) + 0.1;
  const length = (b: Bar, i: number) =>
    Math.max(2, scale === "log" ? ((logs[i]! - lo) / Math.max(hi - lo, 1e-9)) * span : share(b.usd, max) * span);
  const parts = bars.map((b, i) => {
    const y = i * row;
    const w = length(b, i);
    const { color } = VALUE_KIND_CHART[b.kind];
    return [
      text(PAD, y + 20, truncate(b.label, 38), LABEL),
      `<rect x="${x0}" y="${y + 6}" width="${w.toFixed(1)}" height="20" fill="${fillOf(b.kind)}" stroke="${color}" stroke-width="1.5"${b.kind === "firm" ? "" : ' stroke-dasharray="4 2"'}/>`,
      text(x0 + w + 6, y + 20, b.valueText, LABEL),
    ].join("");
  });
  const height = bars.length * row + 40;
  const axisNote = scale === "log" ? "Logarithmic axis: each step is ten times the last." : "Linear axis from $0.";
  const legend = kindLegend([...new Set(bars.map((b) => b.kind))], bars.length * row + 8);
  return {
    height,
    svg: `${parts.join("")}<line x1="${x0}" y1="0" x2="${x0}" y2="${bars.length * row}" ${AXIS}/>${legend}${text(WIDTH - PAD, bars.length * row + 26, axisNote, 'font-size="11" fill="#64748b" text-anchor="end"')}`,
  };
}

function kindLegend(kinds: readonly ValueKind[], y: number, variant: "fill" | "line" = "fill"): string {
  let x = PAD;
  return kinds
    .map((k) => {
      const { color, dash } = VALUE_KIND_CHART[k];
      const swatch =
        variant === "fill"
          ? `<rect x="${x}" y="${y + 6}" width="12" height="12" fill="${fillOf(k)}" stroke="${color}"/>`
          : `<line x1="${x}" y1="${y + 12}" x2="${x + 18}" y2="${y + 12}" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
      const label = text(
        x + (variant === "fill" ? 18 : 24),
        y + 16,
        VALUE_KIND_LABEL[k],
        'font-size="11" fill="#475569"',
      );
      x += 40 + VALUE_KIND_LABEL[k].length * 6.5;
      return swatch + label;
    })
    .join("");
}

export interface LinePoint {
  /** YYYY-MM-DD */
  date: string;
  totals: Record<ValueKind, string>;
}

/** Running totals as step lines, one per value kind, on a time axis. */
export function linesBody(points: readonly LinePoint[], kinds: readonly ValueKind[]): ChartBody {
  const left = PAD + 64;
  const right = WIDTH - PAD;
  const top = 8;
  const plotH = 260;
  const times = points.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 1);
  const max = maxOf(points.flatMap((p) => kinds.map((k) => p.totals[k])));
  const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (right - left);
  const y = (usd: string) => top + plotH - share(usd, max) * plotH;
  const lines = kinds.map((k) => {
    const { color, dash } = VALUE_KIND_CHART[k];
    let d = "";
    points.forEach((p, i) => {
      const px = x(times[i]!).toFixed(1);
      const py = y(p.totals[k]).toFixed(1);
      d += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
    });
    return `<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
  });
  const ticks = [0, 1, 2, 3, 4].map((i) => {
    const usd = (max * BigInt(i)) / 4n;
    const ty = top + plotH - (i / 4) * plotH;
    return `<line x1="${left}" y1="${ty}" x2="${right}" y2="${ty}" stroke="#e2e8f0"/>${text(left - 6, ty + 4, formatUsdCompact(formatCents(usd)), 'font-size="11" fill="#475569" text-anchor="end"')}`;
  });
  const years = [...new Set(points.map((p) => p.date.slice(0, 4)))];
  const yearTicks = years.map((yr) => {
    const tx = x(Math.max(t0, Date.parse(`${yr}-01-01T00:00:00Z`)));
    return text(tx, top + plotH + 16, yr, 'font-size="11" fill="#475569" text-anchor="middle"');
  });
  return {
    height: plotH + 56,
    svg: `${ticks.join("")}<line x1="${left}" y1="${top + plotH}" x2="${right}" y2="${top + plotH}" ${AXIS}/>${lines.join("")}${yearTicks.join("")}${kindLegend(kinds, top + plotH + 24, "line")}`,
  };
}

const formatCents = (minor: bigint) => `${minor / 100n}`;

/** Deals per company stacked by role, in each role's colour as on /compare: counts, never values. */
export function roleCountsBody(rows: readonly CompanyRoleRow[], roles: readonly PartyRole[]): ChartBody {
  const labelW = 170;
  const x0 = PAD + labelW;
  const span = WIDTH - x0 - PAD - 70;
  const row = 28;
  const totals = rows.map((r) => roles.reduce((n, role) => n + (r[role] ?? 0), 0));
  const most = Math.max(1, ...totals);
  const unit = span / most;
  const plotH = rows.length * row;
  const step = Math.ceil(most / 10);
  const ticks = Array.from({ length: Math.floor(most / step) + 1 }, (_, i) => i * step).map(
    (n) =>
      `<line x1="${(x0 + n * unit).toFixed(1)}" y1="0" x2="${(x0 + n * unit).toFixed(1)}" y2="${plotH}" stroke="#e2e8f0"/>${text(x0 + n * unit, plotH + 14, String(n), 'font-size="11" fill="#475569" text-anchor="middle"')}`,
  );
  const bars = rows.map((r, i) => {
    let x = x0;
    const segs = roles.map((role) => {
      const w = (r[role] ?? 0) * unit;
      const seg =
        w > 0
          ? `<rect x="${x.toFixed(1)}" y="${i * row + 5}" width="${w.toFixed(1)}" height="18" fill="${ROLE_COLOR[role]}"/>`
          : "";
      x += w;
      return seg;
    });
    const total = totals[i]!;
    return `${text(PAD, i * row + 18, truncate(r.company, 26), LABEL)}${segs.join("")}${text(x + 6, i * row + 18, `${total} ${total === 1 ? "deal" : "deals"}`, LABEL)}`;
  });
  // The legend wraps onto as many lines as its roles need.
  let lx = PAD;
  let ly = plotH + 24;
  const legend = roles.map((role) => {
    const label = PARTY_ROLES[role];
    const w = 36 + label.length * 6.5;
    if (lx + w > WIDTH - PAD && lx > PAD) {
      lx = PAD;
      ly += 18;
    }
    const item = `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${ROLE_COLOR[role]}"/>${text(lx + 18, ly + 10, label, 'font-size="11" fill="#475569"')}`;
    lx += w;
    return item;
  });
  return {
    height: ly + 22,
    svg: `${ticks.join("")}${text(WIDTH - PAD, plotH + 14, "Deals", 'font-size="11" fill="#64748b" text-anchor="end"')}${bars.join("")}${legend.join("")}`,
  };
}
