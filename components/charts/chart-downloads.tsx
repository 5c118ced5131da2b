/** "Download: SVG · PNG · CSV" for a chart of /api/charts; `query` is the chart's own "?…" (or ""). */
export function ChartDownloads({ chart, query, title }: { chart: string; query: string; title: string }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 text-sm text-slate-600 dark:text-slate-400">
      <span>Download:</span>
      {(["svg", "png", "csv"] as const).map((ext) => (
        <a
          key={ext}
          href={`/api/charts/${chart}.${ext}${query}`}
          download
          className="underline underline-offset-2"
          aria-label={`Download “${title}” as ${ext === "csv" ? "CSV data" : ext.toUpperCase()}`}
        >
          {ext.toUpperCase()}
        </a>
      ))}
    </p>
  );
}
