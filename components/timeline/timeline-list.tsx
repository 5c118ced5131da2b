import Link from "next/link";
import { DealValue } from "@/components/ui/deal-value";
import { PartialTime } from "@/components/ui/partial-time";
import { DEAL_KINDS, EVENT_KINDS, PARTY_ROLES, type DealKind, type EventKind, type PartyRole } from "@/lib/domain";
import { groupByYearAndPeriod } from "@/lib/timeline/group";
import type { TimelineItemDto } from "@/lib/timeline/schemas";

/** Deals and events in date order, under year and month headings. */
/** headingLevel 3 nests the list under a page section; its periods are then not landmarks of their own. */
export function TimelineList({
  items,
  headingLevel = 2,
  idPrefix = "tl",
}: {
  items: readonly TimelineItemDto[];
  headingLevel?: 2 | 3;
  idPrefix?: string;
}) {
  const [Year, Period] = headingLevel === 2 ? (["h2", "h3"] as const) : (["h3", "h4"] as const);
  return (
    <div className="space-y-8">
      {groupByYearAndPeriod(items).map((year) => (
        <section key={year.year} aria-labelledby={headingLevel === 2 ? `${idPrefix}-year-${year.year}` : undefined}>
          <Year
            id={`${idPrefix}-year-${year.year}`}
            className="sticky top-0 z-10 bg-white/90 py-1 text-xl font-semibold backdrop-blur dark:bg-slate-950/90"
          >
            {year.year}
          </Year>
          {year.periods.map((period) => (
            <section key={period.key} aria-label={headingLevel === 2 ? period.label : undefined} className="mt-3">
              <Period className="text-sm font-medium text-slate-500 dark:text-slate-400">{period.label}</Period>
              <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-800">
                {period.items.map((item) => (
                  <TimelineItem key={`${item.type}:${item.slug}`} item={item} headingLevel={headingLevel + 2} />
                ))}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

function TimelineItem({ item, headingLevel }: { item: TimelineItemDto; headingLevel: number }) {
  const Title = headingLevel === 4 ? "h4" : "h5";
  const isDeal = item.type === "deal";
  const kind = isDeal ? DEAL_KINDS[item.kind as DealKind] : EVENT_KINDS[item.kind as EventKind];
  return (
    <li className="relative">
      <span
        aria-hidden="true"
        className={`absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full ring-2 ring-white dark:ring-slate-950 ${isDeal ? "bg-blue-600 dark:bg-blue-400" : "bg-slate-400"}`}
      />
      <article className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500 dark:text-slate-400">
            <PartialTime text={item.dateText} className="font-medium text-slate-700 tabular-nums dark:text-slate-300" />
            <span>
              {isDeal ? "Deal" : "Event"} · {kind}
            </span>
          </div>
          {item.value && <DealValue value={item.value} />}
        </div>
        <Title className="mt-1 font-medium">
          {isDeal ? (
            <Link
              href={`/deals/${item.slug}`}
              className="text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
            >
              {item.title}
            </Link>
          ) : (
            item.title
          )}
        </Title>
        {item.companies.length > 0 && (
          <p className="mt-1 text-sm">
            {item.companies.map((c, i) => (
              <span key={`${c.company}:${c.role ?? ""}`}>
                {i > 0 && ", "}
                <Link href={`/companies/${c.company}`} className="hover:underline">
                  {c.name}
                </Link>
                {c.role && (
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    {" "}
                    ({PARTY_ROLES[c.role as PartyRole].toLowerCase()})
                  </span>
                )}
              </span>
            ))}
          </p>
        )}
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{item.summary}</p>
        <p className="mt-2 text-xs">
          <span className="text-slate-500 dark:text-slate-400">Source{item.sources.length > 1 ? "s" : ""}: </span>
          {item.sources.map((s, i) => (
            <span key={s.article}>
              {i > 0 && "; "}
              <Link
                href={`/articles/${s.article}`}
                className="text-slate-600 underline underline-offset-2 dark:text-slate-300"
              >
                {s.title}
              </Link>
            </span>
          ))}
        </p>
      </article>
    </li>
  );
}
