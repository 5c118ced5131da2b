// Exact decimals, and the one conversion between decimal text and integer minor units (the
// database stores money as BigInt cents; DTOs and the formatters carry decimal strings).

/** An exact non-float decimal: `units / 10^scale`, with `scale >= 0`. */
export interface ExactDecimal {
  readonly units: bigint;
  readonly scale: number;
}

export function normalizeDecimal(d: ExactDecimal): ExactDecimal {
  let { units, scale } = d;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

/** Builds a decimal from the digit strings either side of the decimal point. */
export function decimalFromDigits(integerDigits: string, fractionDigits: string): ExactDecimal {
  if (!/^\d+$/.test(integerDigits) || !/^\d*$/.test(fractionDigits)) {
    throw new RangeError(`not a digit string: ${JSON.stringify(integerDigits)}, ${JSON.stringify(fractionDigits)}`);
  }
  return normalizeDecimal({ units: BigInt(integerDigits + fractionDigits), scale: fractionDigits.length });
}

export function decimalFromInteger(value: bigint): ExactDecimal {
  return { units: value, scale: 0 };
}

/** Multiplies by 10^exponent (exponent >= 0). */
export function scaleByPowerOfTen(d: ExactDecimal, exponent: number): ExactDecimal {
  if (!Number.isSafeInteger(exponent) || exponent < 0) {
    throw new RangeError(`exponent must be a non-negative integer, got ${exponent}`);
  }
  if (exponent <= d.scale) {
    return normalizeDecimal({ units: d.units, scale: d.scale - exponent });
  }
  return { units: d.units * 10n ** BigInt(exponent - d.scale), scale: 0 };
}

export function compareDecimals(a: ExactDecimal, b: ExactDecimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const left = a.units * 10n ** BigInt(scale - a.scale);
  const right = b.units * 10n ** BigInt(scale - b.scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Canonical form: no exponent, no leading "+", no trailing zeros after the point, "0" for zero. */
export function formatDecimal(d: ExactDecimal): string {
  const { units, scale } = normalizeDecimal(d);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (scale === 0) return (negative ? "-" : "") + digits;
  const padded = digits.padStart(scale + 1, "0");
  const integerPart = padded.slice(0, padded.length - scale);
  const fractionPart = padded.slice(padded.length - scale);
  return `${negative ? "-" : ""}${integerPart}.${fractionPart}`;
}

/** Parses a plain decimal string ("114.29", "-3", "0.1"); throws on anything else. */
export function parseDecimalString(value: string): ExactDecimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) throw new RangeError(`not a plain decimal string: ${JSON.stringify(value)}`);
  const [, sign = "", integerDigits = "", fractionDigits = ""] = match;
  const d = decimalFromDigits(integerDigits, fractionDigits);
  return sign === "-" ? { units: -d.units, scale: d.scale } : d;
}

/**
 * Exact integer count of 10^-scale units ("114.29" -> 11429n at the default scale of cents);
 * throws if `value` has more significant decimals than `scale`.
 */
export function decimalToMinorUnits(value: string, scale = 2): bigint {
  if (!Number.isSafeInteger(scale) || scale < 0) {
    throw new RangeError(`scale must be a non-negative integer, got ${scale}`);
  }
  const d = parseDecimalString(value);
  if (d.scale > scale) {
    throw new RangeError(`${JSON.stringify(value)} has ${d.scale} decimals, more than the scale of ${scale}`);
  }
  return d.units * 10n ** BigInt(scale - d.scale);
}

/** Exact decimal text of an integer count of 10^-scale units: 11429n -> "114.29"; the inverse of decimalToMinorUnits. */
export function minorUnitsToDecimal(minor: bigint, scale = 2): string {
  return formatDecimal({ units: minor, scale });
}
