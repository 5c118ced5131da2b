import { ChartDownloads } from "./chart-downloads";

// A chart with its title and description, and the same numbers as a table for keyboard and
// screen-reader users (and anyone who wants the exact figures).

export function ChartFigure({
  id,
  title,
  description,
  table,
  downloads,
  children,
  drawnInBrowser = false,
}: {
  id: string;
  title: string;
  description: React.ReactNode;
  table: React.ReactNode;
  /** the chart's name and query on /api/charts, for its SVG, PNG and CSV downloads */
  downloads?: { chart: string; query: string };
  children: React.ReactNode;
  /** A Recharts island: without JavaScript nothing is drawn, so the table is shown in its place. */
  drawnInBrowser?: boolean;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <p id={`${id}-desc`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {description}
      </p>
      <div className="mt-3">{children}</div>
      {drawnInBrowser && (
        <noscript>
          <div className="mt-3 overflow-x-auto">{table}</div>
        </noscript>
      )}
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-600 underline underline-offset-2 dark:text-slate-400">
          Show the data as a table
        </summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
      {downloads && <ChartDownloads {...downloads} title={title} />}
    </figure>
  );
}
