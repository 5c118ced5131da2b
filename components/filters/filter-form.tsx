import Link from "next/link";
import { DropEmptyFields } from "./drop-empty-fields";

// A plain GET form: submitting it puts every filter in the URL, so a view can be shared and
// reloaded, and it works before (or without) JavaScript. Empty fields are left out of the URL
// (DropEmptyFields), or, without JavaScript, redirected away by the page.

export interface Option {
  value: string;
  label: string;
}

export interface FilterValues {
  company?: readonly string[];
  kind?: readonly string[];
  valueKind?: string;
  type?: string;
  from?: string;
  to?: string;
  minUsd?: string;
  maxUsd?: string;
  q?: string;
}

interface Props {
  action: string;
  values: FilterValues;
  companies: readonly Option[];
  kinds: readonly Option[];
  valueKinds?: readonly Option[];
  types?: readonly Option[];
  withValueRange?: boolean;
  /** Parameters the form keeps but does not show, e.g. the sort order. */
  hidden?: Record<string, string | undefined>;
}

const input =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 focus:outline-2 focus:outline-blue-600";
const label = "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400";

export function FilterForm({
  action,
  values,
  companies,
  kinds,
  valueKinds,
  types,
  withValueRange,
  hidden = {},
}: Props) {
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label="Filters"
      className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
    >
      <DropEmptyFields />
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div className="col-span-2">
          <label htmlFor="filter-q" className={label}>
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            maxLength={200}
            placeholder="Title, company, chip, place…"
            className={input}
          />
        </div>
        <CheckboxMenu name="company" legend="Companies" options={companies} selected={values.company ?? []} />
        <CheckboxMenu name="kind" legend="Kinds" options={kinds} selected={values.kind ?? []} />
        {valueKinds && (
          <div className="col-span-2 sm:col-span-1">
            <label htmlFor="filter-valueKind" className={label}>
              Value kind
            </label>
            <select id="filter-valueKind" name="valueKind" defaultValue={values.valueKind ?? ""} className={input}>
              <option value="">Any</option>
              {valueKinds.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {types && (
          <div className="col-span-2 sm:col-span-1">
            <label htmlFor="filter-type" className={label}>
              Show
            </label>
            <select id="filter-type" name="type" defaultValue={values.type ?? ""} className={input}>
              <option value="">Deals and events</option>
              {types.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        )}
        <DateField name="from" label="From" value={values.from} />
        <DateField name="to" label="To" value={values.to} />
        {withValueRange && (
          <>
            <UsdField name="minUsd" label="Min value (USD)" value={values.minUsd} />
            <UsdField name="maxUsd" label="Max value (USD)" value={values.maxUsd} />
          </>
        )}
      </div>
      <p id="filter-date-hint" className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        Dates as YYYY-MM-DD, YYYY-MM or YYYY; a month or year means all of it.
        {withValueRange && " Values in US dollars: digits, or with a scale such as 500M, 2.5bn, 1,5 mld or $1T."}
      </p>
      <div className="mt-3 flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          Apply filters
        </button>
        <Link
          href={action}
          className="text-sm text-slate-600 underline underline-offset-2 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100"
        >
          Clear all
        </Link>
      </div>
    </form>
  );
}

function CheckboxMenu({
  name,
  legend,
  options,
  selected,
}: {
  name: string;
  legend: string;
  options: readonly Option[];
  selected: readonly string[];
}) {
  const chosen = options.filter((o) => selected.includes(o.value));
  return (
    <details className="group relative col-span-2 sm:col-span-1">
      <summary
        className={`${input} cursor-pointer list-none truncate`}
        aria-label={`${legend}: ${chosen.length ? chosen.map((o) => o.label).join(", ") : "any"}`}
      >
        <span className={label + " mb-0 inline"}>{legend}: </span>
        {chosen.length ? chosen.map((o) => o.label).join(", ") : "any"}
      </summary>
      <fieldset className="absolute z-20 mt-1 max-h-72 w-72 max-w-[calc(100vw-2rem)] overflow-y-auto rounded-md border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <legend className="sr-only">{legend}</legend>
        {options.map((o) => (
          <label
            key={o.value}
            className="flex items-center gap-2 rounded px-1 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={selected.includes(o.value)}
              className="accent-blue-700"
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function DateField({ name, label: text, value }: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={label}>
        {text}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        inputMode="numeric"
        placeholder="YYYY-MM"
        aria-describedby="filter-date-hint"
        className={input}
      />
    </div>
  );
}

function UsdField({ name, label: text, value }: { name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className={label}>
        {text}
      </label>
      <input
        id={`filter-${name}`}
        name={name}
        defaultValue={value ?? ""}
        placeholder="e.g. 1B or 500M"
        aria-describedby="filter-date-hint"
        className={input}
      />
    </div>
  );
}
