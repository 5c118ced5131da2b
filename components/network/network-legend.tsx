import { VALUE_KIND_LABEL } from "@/components/ui/value-kind";
import type { ValueKind } from "@/lib/domain";
import { edgeColor, edgeDash, NO_VALUE } from "./edge-style";

/** The edge styles drawn, in HTML so it wraps at any width. */
export function NetworkLegend({ kinds }: { kinds: readonly (ValueKind | null)[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400" aria-label="Legend">
      {kinds.map((kind) => (
        <li key={kind ?? "none"} className="flex items-center gap-1.5">
          <svg width="28" height="14" aria-hidden="true">
            <line
              x1="0"
              y1="7"
              x2="22"
              y2="7"
              stroke={edgeColor(kind)}
              strokeWidth="3"
              strokeDasharray={edgeDash(kind)}
            />
            <path d="M22,2 L28,7 L22,12 z" fill={edgeColor(kind)} />
          </svg>
          {kind ? VALUE_KIND_LABEL[kind] : NO_VALUE.label}
        </li>
      ))}
      <li>Width: US dollar value · arrow: customer → supplier, investor → investee, acquirer → acquired</li>
    </ul>
  );
}
