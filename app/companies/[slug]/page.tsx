import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { FollowLinks } from "@/components/feeds/follow-links";
import { DealValue } from "@/components/ui/deal-value";
import { PartialTime } from "@/components/ui/partial-time";
import { getCompany } from "@/lib/companies/queries";
import { COMPANY_KINDS, DEAL_KINDS, EVENT_KINDS, PARTY_ROLES } from "@/lib/domain";
import { formatCount } from "@/lib/format";
import { orNotFound, orNull } from "@/lib/pages";
import { FigureText } from "@/components/ui/figure-text";
import { PageHeader } from "@/components/ui/page-header";

type Params = Promise<{ slug: string }>;

/** Deals and events listed on the page, newest first; the rest are a click away, filtered. */
const SHOWN = 100;

// The metadata and the page read the same company once per request.
const loadCompany = cache((slug: string) => getCompany(slug, { limit: SHOWN }));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const company = await orNull(loadCompany((await params).slug));
  if (!company) return { title: "Not found" };
  const description = `${company.name}: ${company.dealCount} deals and ${company.eventCount} events, each traced to its source sentence.`;
  return { title: company.name, description, openGraph: { title: company.name, description } };
}

export default async function CompanyPage({ params }: { params: Params }) {
  const company = await orNotFound(loadCompany((await params).slug));
  return (
    <article className="space-y-8">
      <PageHeader
        title={company.name}
        eyebrow={
          <>
            {COMPANY_KINDS[company.kind]}
            {company.country ? ` · ${company.country}` : ""}
          </>
        }
      >
        {company.aliases.length > 0 && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            Also written as: {company.aliases.join(", ")}
          </p>
        )}
        <p className="mt-3 flex flex-wrap gap-4 text-sm">
          <Link href={`/deals?company=${company.slug}`} className="underline underline-offset-2">
            Filter the deals table
          </Link>
          <Link href={`/timeline?company=${company.slug}`} className="underline underline-offset-2">
            On the timeline
          </Link>
          <FollowLinks filter={{ company: [company.slug] }} />
        </p>
      </PageHeader>

      <section aria-labelledby="deals-heading">
        <ListHeading id="deals-heading" title="Deals" total={company.dealCount} shown={company.deals.length}>
          <Link href={`/deals?company=${company.slug}`} className="underline underline-offset-2">
            all {formatCount(company.dealCount)} in the deals table
          </Link>
        </ListHeading>
        {company.deals.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No deals recorded for {company.name}.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="stack-table w-full text-left text-sm sm:min-w-[36rem]">
              <caption className="sr-only">Deals {company.name} is a party to, with its role</caption>
              <thead className="border-b border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Date
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Deal
                  </th>
                  <th scope="col" className="py-2 pr-4 font-medium">
                    Role
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Value
                  </th>
                </tr>
              </thead>
              <tbody>
                {company.deals.map((d) => (
                  <tr key={d.slug} className="border-b border-slate-100 align-top dark:border-slate-900">
                    <td className="py-2 pr-4 whitespace-nowrap tabular-nums" data-cell="date">
                      <PartialTime text={d.announcedOn} />
                    </td>
                    <td className="py-2 pr-4" data-cell="deal">
                      <Link
                        href={`/deals/${d.slug}`}
                        className="font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
                      >
                        {d.title}
                      </Link>
                      <div className="text-xs text-slate-500 dark:text-slate-400">{DEAL_KINDS[d.kind]}</div>
                    </td>
                    <td className="py-2 pr-4" data-cell="parties">
                      {d.roles.map((r) => PARTY_ROLES[r]).join(", ")}
                    </td>
                    <td className="py-2 text-right" data-cell="value">
                      <DealValue value={d.value} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="events-heading">
        <ListHeading id="events-heading" title="Events" total={company.eventCount} shown={company.events.length}>
          <Link href={`/timeline?company=${company.slug}`} className="underline underline-offset-2">
            all of them on the timeline
          </Link>
        </ListHeading>
        {company.events.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">No events recorded for {company.name}.</p>
        ) : (
          <ul className="mt-2 space-y-3">
            {company.events.map((e) => (
              <li key={e.slug} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  <PartialTime text={e.occurredOn} /> · {EVENT_KINDS[e.kind]}
                </p>
                <p className="mt-1 font-medium">{e.title}</p>
                <p className="mt-1 text-slate-600 dark:text-slate-400">{e.summary}</p>
                {e.sources.some((s) => s.figure) && (
                  <ul className="mt-2 space-y-0.5 text-xs" aria-label={`Figures of ${e.title}`}>
                    {e.sources.map(
                      (s) =>
                        s.figure && (
                          <li key={s.id}>
                            <span className="font-medium">{s.label}:</span> <FigureText figure={s.figure} />
                          </li>
                        ),
                    )}
                  </ul>
                )}
                {e.sources[0] && (
                  <p className="mt-1 text-xs">
                    <Link
                      href={`/articles/${e.sources[0].article}#${e.sources[0].id}`}
                      className="underline underline-offset-2"
                    >
                      Source: {e.sources[0].title}
                    </Link>
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

/** A section's heading with its full count; when only the newest are shown, says so and links to the rest. */
function ListHeading({
  id,
  title,
  total,
  shown,
  children,
}: {
  id: string;
  title: string;
  total: number;
  shown: number;
  children: React.ReactNode;
}) {
  return (
    <>
      <h2 id={id} className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({formatCount(total)})</span>
      </h2>
      {total > shown && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The newest {formatCount(shown)} are listed here; {children}.
        </p>
      )}
    </>
  );
}
