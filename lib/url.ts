/** Query parameter values as pages hold them: a missing, single or repeated value. */
export type QueryValues = Record<string, string | number | readonly string[] | null | undefined>;

/** `?a=1&b=x&b=y` from values, skipping empty ones; "" when nothing is left. */
export function queryString(values: QueryValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") params.append(key, String(v));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
