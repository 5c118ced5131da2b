import type { z } from "zod";
import { InvalidQueryError, type ParamIssue } from "@/lib/errors";

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** What Next passes a page as `searchParams`. */
export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

function toEntries(input: SearchParamsInput): [string, string][] {
  if (input instanceof URLSearchParams) return [...input.entries()];
  return Object.entries(input).flatMap(([k, v]) =>
    v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x]),
  );
}

/** The keys of a query schema whose field is an array (optional or defaulted): they may be repeated. */
export function repeatableKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => isArray(field as z.ZodType))
    .map(([key]) => key);
}

function isArray(field: z.core.$ZodType): boolean {
  const def = field._zod.def as { type: string; innerType?: z.core.$ZodType };
  if (def.type === "array") return true;
  return (def.type === "optional" || def.type === "default") && !!def.innerType && isArray(def.innerType);
}

/**
 * Parses query parameters with a zod object schema. Parameters whose field is an array become
 * arrays; any other parameter may appear once. Unknown parameters are errors, so a typo never
 * silently widens a query. Empty values count as absent (an emptied form field).
 */
export function parseSearchParams<S extends z.ZodObject>(
  schema: S,
  input: SearchParamsInput,
): { ok: true; data: z.output<S> } | { ok: false; issues: ParamIssue[] } {
  const known = new Set(Object.keys(schema.shape));
  const repeatable = repeatableKeys(schema);
  const raw: Record<string, string | string[]> = {};
  const issues: ParamIssue[] = [];
  for (const [key, value] of toEntries(input)) {
    if (!known.has(key)) {
      issues.push({ param: key.slice(0, 100), message: "unknown parameter" });
      continue;
    }
    if (value === "") continue;
    if (repeatable.includes(key)) {
      ((raw[key] ??= []) as string[]).push(value);
    } else if (key in raw) {
      issues.push({ param: key, message: "may be given only once" });
    } else {
      raw[key] = value;
    }
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      issues.push({ param: String(issue.path[0] ?? "query"), message: issue.message });
    }
  }
  if (issues.length || !parsed.success) return { ok: false, issues: dedupe(issues) };
  return { ok: true, data: parsed.data };
}

export function parseSearchParamsOrThrow<S extends z.ZodObject>(schema: S, input: SearchParamsInput): z.output<S> {
  const result = parseSearchParams(schema, input);
  if (!result.ok) throw new InvalidQueryError(result.issues);
  return result.data;
}

/**
 * A page's query. A bad cursor (stale, or made for another sort) costs only the paging: the same
 * view from its first page. Any other bad parameter gives the schema's defaults. Either way
 * `issues` says what could not be used, for the page to show.
 */
export function parsePageQuery<S extends z.ZodObject>(
  schema: S,
  input: Record<string, string | string[] | undefined>,
): { query: z.output<S>; issues: ParamIssue[]; filtersOk: boolean } {
  const parsed = parseSearchParams(schema, input);
  if (parsed.ok) return { query: parsed.data, issues: [], filtersOk: true };
  if (parsed.issues.every((i) => i.param === "cursor")) {
    const retry = parseSearchParams(schema, { ...input, cursor: undefined });
    if (retry.ok) return { query: retry.data, issues: parsed.issues, filtersOk: true };
  }
  return { query: schema.parse({}), issues: parsed.issues, filtersOk: false };
}

function dedupe(issues: ParamIssue[]): ParamIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.param}\n${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
