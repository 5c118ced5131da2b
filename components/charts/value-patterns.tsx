import { VALUE_KIND_CHART, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import type { ValueKind } from "@/lib/domain";

// SVG fills for the value kinds, defined once per page; any chart refers to them by url(#id).

export const patternId = (kind: ValueKind) => `value-fill-${kind}`;
export const valueFill = (kind: ValueKind) =>
  VALUE_KIND_CHART[kind].pattern === "solid" ? VALUE_KIND_CHART[kind].color : `url(#${patternId(kind)})`;

export function ValuePatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" className="absolute">
      <defs>
        {VALUE_KIND_ORDER.map((kind) => {
          const { color, pattern } = VALUE_KIND_CHART[kind];
          if (pattern === "solid") return null;
          return (
            <pattern
              key={kind}
              id={patternId(kind)}
              width="8"
              height="8"
              patternUnits="userSpaceOnUse"
              patternTransform={pattern === "hatch" ? "rotate(45)" : undefined}
            >
              <rect width="8" height="8" fill={color} fillOpacity="0.15" />
              {pattern === "hatch" && <line x1="0" y1="0" x2="0" y2="8" stroke={color} strokeWidth="3" />}
              {pattern === "dots" && <circle cx="4" cy="4" r="1.8" fill={color} />}
              {pattern === "stripes" && <line x1="0" y1="4" x2="8" y2="4" stroke={color} strokeWidth="2" />}
              {pattern === "grid" && <path d="M0 0.5H8M0.5 0V8" stroke={color} strokeWidth="1.5" fill="none" />}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** The legend, in HTML so it reads and wraps well at any width. */
export function ValueKindLegend({
  kinds = VALUE_KIND_ORDER,
  labels,
  variant = "fill",
}: {
  kinds?: readonly ValueKind[];
  labels: Record<ValueKind, string>;
  variant?: "fill" | "line";
}) {
  // One order on every page, whatever order the kinds came in: ValueKind's own.
  const ordered = VALUE_KIND_ORDER.filter((k) => kinds.includes(k));
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400" aria-label="Legend">
      {ordered.map((kind) => (
        <li key={kind} className="flex items-center gap-1.5">
          {variant === "fill" ? (
            <svg width="14" height="14" aria-hidden="true">
              <rect
                x="0.5"
                y="0.5"
                width="13"
                height="13"
                fill={valueFill(kind)}
                stroke={VALUE_KIND_CHART[kind].color}
                strokeDasharray={kind === "firm" ? undefined : "3 2"}
              />
            </svg>
          ) : (
            <svg width="24" height="14" aria-hidden="true">
              <line
                x1="0"
                y1="7"
                x2="24"
                y2="7"
                stroke={VALUE_KIND_CHART[kind].color}
                strokeWidth="2"
                strokeDasharray={VALUE_KIND_CHART[kind].dash}
              />
            </svg>
          )}
          {labels[kind]}
        </li>
      ))}
    </ul>
  );
}
