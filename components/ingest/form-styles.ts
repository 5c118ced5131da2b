// The look of the ingest forms' fields, matching components/filters/filter-form.tsx.
export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 focus:outline-2 focus:outline-blue-600";
export const labelClass = "mb-1 block text-xs font-medium text-slate-600 dark:text-slate-400";
export const buttonClass =
  "rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-500";
export const secondaryButtonClass =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900";
