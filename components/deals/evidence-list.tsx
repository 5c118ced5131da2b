import Link from "next/link";
import { FigureText } from "@/components/ui/figure-text";
import { groupBySentence } from "@/lib/articles/group-sources";
import type { SourceDto } from "@/lib/deals/schemas";
import { CLAIMS } from "@/lib/domain";
import { formatDateText } from "@/lib/format";

/** Each cited Dutch sentence once, with an English gloss and every claim it supports, linked to its article. */
export function EvidenceList({ sources }: { sources: readonly SourceDto[] }) {
  return (
    <ol className="space-y-3">
      {groupBySentence(sources).map((g) => (
        <li key={g.id} id={`evidence-${g.id}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <blockquote
            lang="nl"
            className="border-l-4 border-amber-400 pl-3 text-sm text-slate-700 italic dark:border-amber-500 dark:text-slate-300"
          >
            “{g.quote}”
          </blockquote>
          {g.gloss && (
            <p className="mt-1 pl-4 text-sm text-slate-600 dark:text-slate-400">
              <span className="sr-only">In English: </span>
              <span
                aria-hidden="true"
                className="text-xs font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400"
              >
                EN{" "}
              </span>
              {g.gloss}
            </p>
          )}
          <ul className="mt-2 space-y-1 text-sm" aria-label="What this sentence supports">
            {g.claims.map((s) => (
              <li key={s.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                <span className="rounded bg-slate-100 px-1.5 py-px text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                  {CLAIMS[s.claim]}
                </span>
                <span className="font-medium">{s.label}</span>
                {s.figure && <FigureText figure={s.figure} />}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
            <Link
              href={`/articles/${g.article}#${g.id}`}
              className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
            >
              Read in context
            </Link>{" "}
            · {g.title} ({formatDateText(g.publishedOn)})
          </p>
        </li>
      ))}
    </ol>
  );
}
