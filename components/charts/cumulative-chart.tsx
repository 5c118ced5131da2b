"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { VALUE_KIND_CHART, VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { CumulativeRow } from "@/lib/charts/compare-view";
import { niceTicks, timeTicks } from "@/lib/charts/ticks";
import type { ValueKind } from "@/lib/domain";
import { useWide } from "./use-wide";
import { formatUsdCompact } from "@/lib/format";

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** Running totals of announced value, one line per value kind (never summed across kinds). */
export function CumulativeChart({
  rows,
  kinds,
  height = 280,
}: {
  rows: CumulativeRow[];
  kinds: ValueKind[];
  height?: number;
}) {
  const first = rows[0]?.t ?? 0;
  const last = rows.at(-1)?.t ?? 0;
  const xTicks = timeTicks(first, last, useWide() ? 6 : 3);
  const yTicks = niceTicks(Math.max(0, ...rows.flatMap((r) => kinds.map((k) => r[k]))));
  return (
    <div className="text-slate-600 dark:text-slate-300" style={{ height }} data-testid="cumulative-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[first, last]}
            ticks={xTicks}
            interval={0}
            tickFormatter={(t: number) => MONTH.format(t)}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
          />
          <YAxis
            domain={[0, yTicks.at(-1)!]}
            ticks={yTicks}
            interval={0}
            tickFormatter={(v: number) => formatUsdCompact(v)}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
            width={64}
          />
          <Tooltip
            labelFormatter={(_, payload) => (payload?.[0]?.payload as CumulativeRow | undefined)?.dateLabel ?? ""}
            formatter={(value, name) => [formatUsdCompact(Number(value)), String(name)]}
            contentStyle={{
              background: "var(--tooltip-bg)",
              borderColor: "var(--tooltip-border)",
              color: "inherit",
              fontSize: 12,
            }}
          />
          {kinds.map((kind) => (
            <Line
              key={kind}
              type="stepAfter"
              dataKey={kind}
              name={VALUE_KIND_LABEL[kind]}
              stroke={VALUE_KIND_CHART[kind].color}
              strokeWidth={2}
              strokeDasharray={VALUE_KIND_CHART[kind].dash}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
