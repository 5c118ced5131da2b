import "server-only";
import { cached } from "@/lib/cache";
import { db } from "@/lib/db";
import { partialDateText } from "@/lib/dates/partial-date";
import { EVIDENCE_INCLUDE, toSourceDto } from "@/lib/deals/dto";
import { periodOverlap, searchWhere } from "@/lib/deals/where";
import { expandSearch, type SearchExpansion } from "@/lib/search-vocabulary";
import type { DateBasis, EventKind, Precision } from "@/lib/domain";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor } from "@/lib/pagination/cursor";
import type { EventCursor, EventDto, EventListDto, EventQuery } from "./schemas";

export const EVENT_INCLUDE = {
  companies: { include: { company: { select: { slug: true, name: true } } }, orderBy: { companyId: "asc" } },
  evidence: { orderBy: { id: "asc" }, include: EVIDENCE_INCLUDE },
} satisfies Prisma.EventInclude;

type EventRow = Prisma.EventGetPayload<{ include: typeof EVENT_INCLUDE }>;

export function eventWhere(
  f: Pick<EventQuery, "company" | "from" | "to" | "q"> & { kind?: string[] },
  expansion?: SearchExpansion,
): Prisma.EventWhereInput {
  const and: Prisma.EventWhereInput[] = [];
  if (f.company?.length) and.push({ companies: { some: { company: { slug: { in: f.company } } } } });
  if (f.kind?.length) and.push({ kind: { in: f.kind } });
  and.push(...periodOverlap<Prisma.EventWhereInput>("occurredOn", "occurredPrecision", f.from, f.to));
  and.push(...searchWhere<Prisma.EventWhereInput>(f.q, expansion));
  return { AND: and };
}

// Date, then slug: the same order the timeline merges in, so its pages are stable.
export const EVENT_ORDER: Prisma.EventOrderByWithRelationInput[] = [{ occurredOn: "desc" }, { slug: "asc" }];

export function toEventDto(e: EventRow): EventDto {
  const precision = e.occurredPrecision as Precision;
  return {
    slug: e.slug,
    title: e.title,
    kind: e.kind as EventKind,
    occurredOn: partialDateText(e.occurredOn, precision),
    occurredPrecision: precision,
    occurredBasis: e.occurredBasis as DateBasis,
    companies: e.companies.map((c) => ({ company: c.company.slug, name: c.company.name })),
    summary: e.summary,
    sources: e.evidence.map(toSourceDto),
  };
}

async function listEventsUncached(query: EventQuery): Promise<EventListDto> {
  const where = eventWhere(query, await expandSearch(query.q));
  const after = query.cursor;
  const [rows, total] = await Promise.all([
    db.event.findMany({
      where: { AND: [where, after ? eventsAfter(after) : {}] },
      orderBy: EVENT_ORDER,
      take: query.limit + 1,
      include: EVENT_INCLUDE,
    }),
    db.event.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(toEventDto),
    total,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ d: last.occurredOn.toISOString(), s: last.slug } satisfies EventCursor)
        : null,
  };
}

/** Events after the cursor's in EVENT_ORDER: an earlier date, or the same date and a later slug. */
function eventsAfter({ d, s }: EventCursor): Prisma.EventWhereInput {
  const date = new Date(d);
  return { OR: [{ occurredOn: { lt: date } }, { occurredOn: date, slug: { gt: s } }] };
}

// Answers under the data version (lib/cache.ts).
export const listEvents = cached("events/queries#listEvents", listEventsUncached);
