import { VALUE_KIND_CHART } from "@/components/ui/value-kind";
import type { ValueKind } from "@/lib/domain";

// An edge's value kind as on /compare's lines: the kind's colour and dash; no value is grey dotted.

export const NO_VALUE = { color: "#64748b", dash: "2 4", label: "No value reported" } as const;

export const edgeColor = (kind: ValueKind | null) => (kind ? VALUE_KIND_CHART[kind].color : NO_VALUE.color);
export const edgeDash = (kind: ValueKind | null) => (kind ? VALUE_KIND_CHART[kind].dash : NO_VALUE.dash);
