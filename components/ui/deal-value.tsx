import type { DealValueDto } from "@/lib/deals/schemas";
import type { ValueKind } from "@/lib/domain";
import { formatAmountExact, formatUsdCompact, formatValue } from "@/lib/format";
import { formatUsdEquivalent } from "@/lib/fx/format";
import { VALUE_KIND_LABEL, VALUE_KIND_TAG } from "./value-kind";

/** A deal's headline value with its qualifier and kind tag; the exact amount on hover and for screen readers. */
export function DealValue({ value, showTag = true }: { value: DealValueDto | null; showTag?: boolean }) {
  if (!value) return <span className="text-slate-500 dark:text-slate-400">no value reported</span>;
  const exact = formatAmountExact(value.amount, value.currency);
  const usd = value.currency === "USD" ? "" : ` (≈ ${formatUsdCompact(value.usd)})`;
  const fx = value.fx ? `; ${formatUsdEquivalent(value.usd, value.fx)}` : "";
  return (
    <span className="inline-flex flex-wrap items-baseline justify-end gap-x-1.5 gap-y-0.5">
      <span
        className="font-medium tabular-nums"
        title={`${exact} ${value.currency}, ${VALUE_KIND_LABEL[value.kind].toLowerCase()}${fx}`}
      >
        {formatValue(value)}
        {usd}
      </span>
      {showTag && <ValueKindTag kind={value.kind} />}
    </span>
  );
}

export function ValueKindTag({ kind }: { kind: ValueKind }) {
  return (
    <span
      className={`rounded border px-1 py-px text-[0.65rem] leading-none font-medium tracking-wide whitespace-nowrap uppercase ${VALUE_KIND_TAG[kind]}`}
    >
      {VALUE_KIND_LABEL[kind]}
    </span>
  );
}
