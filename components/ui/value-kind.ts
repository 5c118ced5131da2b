import { VALUE_KINDS, ValueKind as ValueKindSchema, type ValueKind } from "@/lib/domain";

// How each kind of value looks, in tables and charts alike: a ceiling, an estimate and a
// valuation must never look like a firm contract value.

export const VALUE_KIND_ORDER: readonly ValueKind[] = ValueKindSchema.options;

/** The labels are lib/domain.ts's, so a value kind reads the same on every page and in the API docs. */
export const VALUE_KIND_LABEL: Record<ValueKind, string> = VALUE_KINDS;

export const VALUE_KIND_HELP: Record<ValueKind, string> = {
  firm: "a contract or deal value the sources state as fixed",
  up_to: "a maximum (“tot”, “up to”); the real amount may be lower",
  estimate: "a potential or estimated value reported by the sources",
  valuation: "the value of a company, not money changing hands",
  target: "an amount aimed at or planned (an offering's target raise), not yet committed",
};

/** Chart colours (readable on white and on slate-950) and fills: solid, hatched, dotted, striped, gridded. */
export const VALUE_KIND_CHART: Record<
  ValueKind,
  { color: string; pattern: "solid" | "hatch" | "dots" | "stripes" | "grid"; dash?: string }
> = {
  firm: { color: "#2563eb", pattern: "solid" },
  up_to: { color: "#d97706", pattern: "hatch", dash: "8 4" },
  estimate: { color: "#9333ea", pattern: "dots", dash: "2 3" },
  valuation: { color: "#64748b", pattern: "stripes", dash: "12 3 2 3" },
  target: { color: "#0f766e", pattern: "grid", dash: "1 4" },
};

/** Tailwind classes of the small tag shown beside a value in text. */
export const VALUE_KIND_TAG: Record<ValueKind, string> = {
  firm: "border-blue-600 bg-blue-600 text-white dark:border-blue-400 dark:bg-blue-400 dark:text-slate-950",
  up_to: "border-amber-600 border-dashed text-amber-800 dark:border-amber-400 dark:text-amber-300",
  estimate: "border-purple-600 border-dotted text-purple-800 dark:border-purple-400 dark:text-purple-300",
  valuation: "border-slate-500 text-slate-700 dark:border-slate-400 dark:text-slate-300",
  target: "border-teal-700 border-double border-[3px] text-teal-800 dark:border-teal-400 dark:text-teal-300",
};
