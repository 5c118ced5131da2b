import type { Precision, ValueKind } from "@/lib/domain";
import { MONTHS_NL, QUARTERS_NL } from "./vocabulary";

// Dutch phrases for the synthetic article text, written as the source articles write them.

const SCALES: readonly [bigint, string][] = [
  [10n ** 12n, "biljoen"],
  [10n ** 9n, "miljard"],
  [10n ** 6n, "miljoen"],
];

/** "16,5 miljard", "250 miljoen", "1,25 biljoen", "750.000": a whole amount as a Dutch article writes it. */
export function dutchNumber(amount: bigint): string {
  for (const [scale, word] of SCALES) {
    if (amount >= scale) {
      const whole = amount / scale;
      const fraction = (amount % scale)
        .toString()
        .padStart(scale.toString().length - 1, "0")
        .replace(/0+$/, "");
      return `${whole}${fraction ? `,${fraction}` : ""} ${word}`;
    }
  }
  return amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

const QUALIFIER_WORD: Record<ValueKind, string> = {
  firm: "",
  up_to: "maximaal ",
  estimate: "zo'n ",
  valuation: "",
  target: "",
};
export const QUALIFIER: Record<ValueKind, string | null> = {
  firm: null,
  up_to: "up_to",
  estimate: "about",
  valuation: null,
  target: null,
};

/** The amount as the quote writes it, e.g. "maximaal 16,5 miljard dollar". */
export function dutchAmount(amount: bigint, currencyWord: string, kind: ValueKind): string {
  return `${QUALIFIER_WORD[kind]}${dutchNumber(amount)} ${currencyWord}`;
}

/** "op 12 maart 2024", "in maart 2024", "in het tweede kwartaal van 2024", "in 2024". */
export function dutchDate(start: Date, precision: Precision): string {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  switch (precision) {
    case "day":
      return `op ${start.getUTCDate()} ${MONTHS_NL[m]} ${y}`;
    case "month":
      return `in ${MONTHS_NL[m]} ${y}`;
    case "quarter":
      return `in het ${QUARTERS_NL[Math.floor(m / 3)]} kwartaal van ${y}`;
    case "year":
      return `in ${y}`;
  }
}
