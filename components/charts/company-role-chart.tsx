"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { ValueKind } from "@/lib/domain";
import { formatUsdCompact } from "@/lib/format";

export interface CompanyRoleRow {
  company: string;
  /** USD per role label, for drawing */
  [role: string]: number | string;
}

export interface CompanyRoleSeries {
  kind: ValueKind;
  rows: CompanyRoleRow[];
  roles: string[];
}

// Colour-blind-safe categorical palette (Okabe-Ito), one colour per role.
const ROLE_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];

/** Value by company, stacked by the company's role; one value kind at a time, chosen by the reader. */
export function CompanyRoleChart({ series }: { series: CompanyRoleSeries[] }) {
  const [kind, setKind] = useState<ValueKind>(series[0]?.kind ?? "firm");
  const current = series.find((s) => s.kind === kind) ?? series[0];
  if (!current) return <p className="text-sm">No deal values to chart.</p>;
  return (
    <div>
      <fieldset className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <legend className="sr-only">Value kind</legend>
        {series.map((s) => (
          <label key={s.kind} className="flex items-center gap-1.5">
            <input
              type="radio"
              name="company-role-kind"
              value={s.kind}
              checked={s.kind === kind}
              onChange={() => setKind(s.kind)}
              className="accent-blue-700"
            />
            {VALUE_KIND_LABEL[s.kind]}
          </label>
        ))}
      </fieldset>
      <div
        className="text-slate-600 dark:text-slate-300"
        style={{ height: 80 + current.rows.length * 36 }}
        data-testid="company-role-chart"
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={current.rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
            <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
            <XAxis
              type="number"
              tickFormatter={(v: number) => formatUsdCompact(v)}
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.4}
            />
            <YAxis
              type="category"
              dataKey="company"
              width={130}
              tick={{ fill: "currentColor", fontSize: 12 }}
              stroke="currentColor"
              strokeOpacity={0.4}
            />
            <Tooltip
              formatter={(value, name) => [formatUsdCompact(Number(value)), String(name)]}
              contentStyle={{
                background: "var(--tooltip-bg)",
                borderColor: "var(--tooltip-border)",
                color: "inherit",
                fontSize: 12,
              }}
              cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {current.roles.map((role, i) => (
              <Bar
                key={role}
                dataKey={role}
                stackId="roles"
                fill={ROLE_COLORS[i % ROLE_COLORS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
