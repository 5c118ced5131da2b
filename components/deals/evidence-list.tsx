import Link from "next/link";
import type { SourceDto } from "@/lib/deals/schemas";
import { CLAIMS, FIGURE_KINDS } from "@/lib/domain";
import { formatDateText, formatFigure } from "@/lib/format";

/** Every sourced claim with its verbatim Dutch sentence and a link to it in its article. */
export function EvidenceList({ sources }: { sources: readonly SourceDto[] }) {
  return (
    <ol className="space-y-3">
      {sources.map((s) => (
        <li key={s.id} id={`evidence-${s.id}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
            <span className="font-medium">
              {s.label}
              {s.figure && (
                <span className="ml-2 font-normal tabular-nums">
                  {formatFigure(s.figure)}
                  <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">
                    ({FIGURE_KINDS[s.figure.kind].toLowerCase()})
                  </span>
                </span>
              )}
            </span>
            <span className="text-xs text-slate-500 dark:text-slate-400">{CLAIMS[s.claim]}</span>
          </div>
          <blockquote
            lang="nl"
            className="mt-2 border-l-4 border-amber-400 pl-3 text-sm text-slate-700 italic dark:border-amber-500 dark:text-slate-300"
          >
            “{s.quote}”
          </blockquote>
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
            <Link
              href={`/articles/${s.article}#${s.id}`}
              className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
            >
              Read in context
            </Link>{" "}
            · {s.title} ({formatDateText(s.publishedOn)}){s.figure?.text ? ` · as written: “${s.figure.text}”` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
