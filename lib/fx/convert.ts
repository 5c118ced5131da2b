// Converts an exact decimal amount at an exact decimal rate, in integers only: no float ever
// holds an amount or a rate.

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

function toScaled(decimal: string): { digits: bigint; scale: number } {
  const m = DECIMAL.exec(decimal);
  if (!m) throw new Error(`not an exact decimal: ${JSON.stringify(decimal)}`);
  const fraction = m[2] ?? "";
  return { digits: BigInt(m[1]! + fraction), scale: fraction.length };
}

/** amount × usdPerUnit in US cents, rounded half up: ("79200000000", "1.1970") -> 9480240000000n. */
export function usdMinorAt(amount: string, usdPerUnit: string): bigint {
  const a = toScaled(amount);
  const r = toScaled(usdPerUnit);
  const product = a.digits * r.digits * 100n;
  const divisor = 10n ** BigInt(a.scale + r.scale);
  return (product + divisor / 2n) / divisor;
}
