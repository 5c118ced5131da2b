"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { VALUE_KIND_CHART, VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { CompareBar } from "@/lib/charts/compare-view";
import { linearAxis, logAxis } from "@/lib/charts/ticks";
import { formatUsdCompact } from "@/lib/format";
import { useWide } from "./use-wide";
import { valueFill } from "./value-patterns";

export type Scale = "linear" | "log";

const short = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function CompareChart({ bars, initialScale }: { bars: CompareBar[]; initialScale: Scale }) {
  const [scale, setScale] = useState<Scale>(initialScale);
  // A phone has room for short titles and labels only; the bars need the rest.
  const wide = useWide();
  const toggle = () => {
    const next = scale === "log" ? "linear" : "log";
    setScale(next);
    // Keep the choice in the URL so the view can be shared, without a server round trip.
    const url = new URL(window.location.href);
    if (next === "log") url.searchParams.set("scale", "log");
    else url.searchParams.delete("scale");
    window.history.replaceState(null, "", url);
  };
  const values = bars.map((b) => b.usd);
  // Round ticks on either scale: $500B steps, or powers of ten.
  const axis = scale === "log" ? logAxis(Math.min(...values), Math.max(...values)) : linearAxis(Math.max(...values));

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <button
          type="button"
          aria-pressed={scale === "log"}
          onClick={toggle}
          className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 aria-pressed:bg-slate-900 aria-pressed:text-white dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-100 dark:aria-pressed:text-slate-900"
        >
          Log scale {scale === "log" ? "on" : "off"}
        </button>
        <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="scale-note">
          {scale === "log" ? "Logarithmic axis: each gridline is ten times the last." : "Linear axis from $0."}
        </span>
      </div>
      <div
        className="text-slate-600 dark:text-slate-300"
        style={{ height: 48 + bars.length * 44 }}
        data-testid="compare-chart"
        data-scale={scale}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: wide ? 96 : 64, bottom: 4, left: 0 }}>
            <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
            <XAxis
              type="number"
              dataKey="usd"
              scale={scale}
              domain={axis.domain}
              ticks={axis.ticks}
              allowDataOverflow
              interval={0}
              tickFormatter={(v: number) => formatUsdCompact(v)}
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.4}
            />
            <YAxis
              type="category"
              dataKey="parties"
              width={wide ? 180 : 100}
              tickFormatter={(t: string) => short(t, wide ? 28 : 16)}
              tick={{ fill: "currentColor", fontSize: wide ? 12 : 11 }}
              stroke="currentColor"
              strokeOpacity={0.4}
            />
            <Tooltip cursor={{ fill: "currentColor", fillOpacity: 0.06 }} content={<BarTooltip />} />
            <Bar dataKey="usd" isAnimationActive={false} name="Value in USD">
              {bars.map((b) => (
                <Cell
                  key={b.slug}
                  fill={valueFill(b.kind)}
                  stroke={VALUE_KIND_CHART[b.kind].color}
                  strokeWidth={1.5}
                  strokeDasharray={b.kind === "firm" ? undefined : "4 2"}
                />
              ))}
              <LabelList
                dataKey={wide ? "label" : "shortLabel"}
                position="right"
                fill="currentColor"
                fontSize={wide ? 12 : 11}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

function BarTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: CompareBar }[] }) {
  const bar = payload?.[0]?.payload;
  if (!active || !bar) return null;
  return (
    <div className="max-w-xs rounded-md border border-slate-200 bg-white p-2 text-xs text-slate-900 shadow-md dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
      <p className="font-medium">{bar.title}</p>
      <p className="text-slate-500 dark:text-slate-400">{bar.parties}</p>
      <p className="mt-1">
        {bar.label} · {VALUE_KIND_LABEL[bar.kind]}
      </p>
      <p className="tabular-nums">{bar.exact}</p>
      <p className="text-slate-500 dark:text-slate-400">{bar.date}</p>
    </div>
  );
}
