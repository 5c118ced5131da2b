"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ROLE_COLOR } from "@/components/ui/role-colors";
import type { CompanyRoleRow } from "@/lib/charts/compare-view";
import { PARTY_ROLES, type PartyRole } from "@/lib/domain";

/** Deals per company, stacked by the company's role in each: a deal counts once, its value never per party. */
export function CompanyRoleChart({ rows, roles }: { rows: CompanyRoleRow[]; roles: PartyRole[] }) {
  if (rows.length === 0) return <p className="text-sm">No companies to chart.</p>;
  const most = Math.max(1, ...rows.map((r) => roles.reduce((n, role) => n + (r[role] ?? 0), 0)));
  const ticks = Array.from({ length: most + 1 }, (_, i) => i).filter(
    (i) => most <= 10 || i % Math.ceil(most / 10) === 0,
  );
  return (
    <div
      className="text-slate-600 dark:text-slate-300"
      style={{ height: 96 + rows.length * 32 }}
      data-testid="company-role-chart"
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            type="number"
            domain={[0, most]}
            ticks={ticks}
            allowDecimals={false}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
            label={{ value: "Deals", position: "insideBottomRight", offset: -2, fill: "currentColor", fontSize: 12 }}
          />
          <YAxis
            type="category"
            dataKey="company"
            width={120}
            tick={{ fill: "currentColor", fontSize: 12 }}
            stroke="currentColor"
            strokeOpacity={0.4}
          />
          <Tooltip
            formatter={(value, name) => [`${String(value)} ${Number(value) === 1 ? "deal" : "deals"}`, String(name)]}
            contentStyle={{
              background: "var(--tooltip-bg)",
              borderColor: "var(--tooltip-border)",
              color: "inherit",
              fontSize: 12,
            }}
            cursor={{ fill: "currentColor", fillOpacity: 0.06 }}
          />
          {/* Legend text in the page's colour: a role's colour is for its swatch, not for reading. */}
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value) => <span className="text-slate-700 dark:text-slate-300">{String(value)}</span>}
          />
          {roles.map((role) => (
            <Bar
              key={role}
              dataKey={role}
              name={PARTY_ROLES[role]}
              stackId="roles"
              fill={ROLE_COLOR[role]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
