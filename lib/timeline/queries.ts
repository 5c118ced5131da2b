import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { periodStartDay } from "@/lib/dates/partial-date";
import { DEAL_INCLUDE, DEAL_ORDER, toDealDto } from "@/lib/deals/dto";
import { dealWhere } from "@/lib/deals/where";
import { DEAL_KINDS, EVENT_KINDS, type DealKind } from "@/lib/domain";
import { EVENT_INCLUDE, EVENT_ORDER, eventWhere, toEventDto } from "@/lib/events/queries";
import type { SourceDto } from "@/lib/deals/schemas";
import { encodeCursor } from "@/lib/pagination/cursor";
import type { TimelineCursor, TimelineDto, TimelineItemDto, TimelineQuery } from "./schemas";
import { expandSearch } from "@/lib/search-vocabulary";

const uniqueArticles = (sources: SourceDto[]) => [
  ...new Map(sources.map((s) => [s.article, { article: s.article, title: s.title }])).values(),
];

/** Deals and events merged newest first; a page is a slice of that merged order. */
async function getTimelineUncached(query: TimelineQuery): Promise<TimelineDto> {
  const dealKinds = query.kind?.filter((k): k is DealKind => k in DEAL_KINDS);
  const eventKinds = query.kind?.filter((k) => k in EVENT_KINDS);
  const wantDeals = query.type !== "event" && (!query.kind?.length || !!dealKinds?.length);
  const wantEvents = query.type !== "deal" && (!query.kind?.length || !!eventKinds?.length);
  const after = query.cursor;
  const expansion = await expandSearch(query.q);
  const dWhere = dealWhere(
    { company: query.company, kind: dealKinds, from: query.from, to: query.to, q: query.q },
    expansion,
  );
  const eWhere = eventWhere(
    { company: query.company, kind: eventKinds, from: query.from, to: query.to, q: query.q },
    expansion,
  );
  // Each kind of item is read from where the last page ended: at most one page of each.
  const take = query.limit;

  const [deals, events, dealCount, eventCount] = await Promise.all([
    wantDeals
      ? db.deal.findMany({
          where: { AND: [dWhere, after ? itemsAfter("announcedOn", "deal", after) : {}] },
          orderBy: DEAL_ORDER,
          take,
          include: DEAL_INCLUDE,
        })
      : [],
    wantEvents
      ? db.event.findMany({
          where: { AND: [eWhere, after ? itemsAfter("occurredOn", "event", after) : {}] },
          orderBy: EVENT_ORDER,
          take,
          include: EVENT_INCLUDE,
        })
      : [],
    wantDeals ? db.deal.count({ where: dWhere }) : 0,
    wantEvents ? db.event.count({ where: eWhere }) : 0,
  ]);

  const items: TimelineItemDto[] = [
    ...deals.map(toDealDto).map((d) => ({
      type: "deal" as const,
      slug: d.slug,
      title: d.title,
      kind: d.kind,
      date: periodStartDay(d.announcedOn),
      precision: d.announcedPrecision,
      dateText: d.announcedOn,
      companies: d.parties.map((p) => ({ company: p.company, name: p.name, role: p.role })),
      value: d.value,
      summary: d.summary,
      sources: uniqueArticles(d.sources),
    })),
    ...events.map(toEventDto).map((e) => ({
      type: "event" as const,
      slug: e.slug,
      title: e.title,
      kind: e.kind,
      date: periodStartDay(e.occurredOn),
      precision: e.occurredPrecision,
      dateText: e.occurredOn,
      companies: e.companies.map((c) => ({ ...c, role: null })),
      value: null,
      summary: e.summary,
      sources: uniqueArticles(e.sources),
    })),
  ];
  // Newest first; within a day, deals before events, then by slug, so pages are stable.
  items.sort((a, b) =>
    a.date !== b.date
      ? a.date < b.date
        ? 1
        : -1
      : a.type !== b.type
        ? a.type === "deal"
          ? -1
          : 1
        : a.slug < b.slug
          ? -1
          : 1,
  );
  const total = dealCount + eventCount;
  const page = items.slice(0, query.limit);
  const shown = (after?.o ?? 0) + page.length;
  const last = page.at(-1);
  return {
    data: page,
    total,
    nextCursor:
      last && shown < total
        ? encodeCursor({ o: shown, d: last.date, t: last.type, s: last.slug } satisfies TimelineCursor)
        : null,
  };
}

/**
 * Items of one type after the cursor's item in the merged order: an earlier day, or the same
 * day and later in it (deals come before events on a day, each by slug).
 */
function itemsAfter(field: "announcedOn" | "occurredOn", type: "deal" | "event", after: TimelineCursor) {
  const day = new Date(`${after.d}T00:00:00.000Z`);
  const nextDay = new Date(day.getTime() + 86_400_000);
  const sameDay = { [field]: { gte: day } };
  const laterThatDay = after.t === type ? [{ ...sameDay, slug: { gt: after.s } }] : after.t === "deal" ? [sameDay] : [];
  // The plain upper bound lets SQLite walk the date index from the cursor's day instead of
  // sorting every older item (the OR alone hides the range from the planner).
  return { AND: [{ [field]: { lt: nextDay } }, { OR: [{ [field]: { lt: day } }, ...laterThatDay] }] };
}

// Answers under the data version (lib/cache.ts).
export const getTimeline = cached("timeline/queries#getTimeline", getTimelineUncached);
