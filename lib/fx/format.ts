import { formatDateText, formatUsdCompact } from "@/lib/format";
import type { FxRateDto } from "./dto";

/** "1 EUR = 1.197 USD" */
export function formatRate(rate: FxRateDto): string {
  return `1 ${rate.currency} = ${rate.usdPerUnit} USD`;
}

/** "≈ $94.8B at the ECB euro foreign exchange reference rate of 29 Jan 2026" */
export function formatUsdEquivalent(usd: string, rate: FxRateDto): string {
  return `≈ ${formatUsdCompact(usd)} at the ${rate.source} of ${formatDateText(rate.date)}`;
}
