import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceList } from "@/components/deals/evidence-list";
import { DealValue } from "@/components/ui/deal-value";
import { PartialTime } from "@/components/ui/partial-time";
import { SourceLink } from "@/components/ui/source-link";
import { VALUE_KIND_HELP } from "@/components/ui/value-kind";
import { groupBySentence } from "@/lib/articles/group-sources";
import { getDeal } from "@/lib/deals/queries";
import type { DealDto, SourceDto } from "@/lib/deals/schemas";
import { DATE_BASES, DEAL_KINDS, DEAL_STATUSES, PARTY_ROLES } from "@/lib/domain";
import { formatAmountExact } from "@/lib/format";
import { formatRate, formatUsdEquivalent } from "@/lib/fx/format";
import { orNotFound, orNull } from "@/lib/pages";
import { PageHeader } from "@/components/ui/page-header";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const deal = await orNull(getDeal((await params).slug));
  if (!deal) return { title: "Not found" };
  return { title: deal.title, description: deal.summary, openGraph: { title: deal.title, description: deal.summary } };
}

export default async function DealPage({ params }: { params: Params }) {
  const deal = await orNotFound(getDeal((await params).slug));
  const source = (claim: SourceDto["claim"], party?: string) =>
    deal.sources.find((s) => s.claim === claim && (party === undefined || s.party === party));

  return (
    <article className="space-y-8">
      <PageHeader
        title={deal.title}
        eyebrow={
          <nav aria-label="Breadcrumb">
            <Link href="/deals" className="underline underline-offset-2">
              Deals
            </Link>{" "}
            / {DEAL_KINDS[deal.kind]}
          </nav>
        }
      >
        <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{deal.summary}</p>
      </PageHeader>

      <section aria-labelledby="value-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="value-heading" className="text-sm font-medium text-slate-500 dark:text-slate-400">
          Value
        </h2>
        <div className="mt-1 text-2xl">
          <DealValue value={deal.value} />
        </div>
        {deal.value && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Exactly {formatAmountExact(deal.value.amount, deal.value.currency)}
            {deal.value.fx &&
              ` (${formatUsdEquivalent(deal.value.usd, deal.value.fx)}, ${formatRate(deal.value.fx)})`}:{" "}
            {VALUE_KIND_HELP[deal.value.kind]}.{" "}
            {source("value") && <SourceLink source={source("value")!}>See the sentence</SourceLink>}
          </p>
        )}
      </section>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="text-lg font-semibold">
          Facts
        </h2>
        <Facts deal={deal} source={source} />
      </section>

      <section aria-labelledby="parties-heading">
        <h2 id="parties-heading" className="text-lg font-semibold">
          Parties
        </h2>
        <ul className="mt-2 divide-y divide-slate-100 dark:divide-slate-900">
          {deal.parties.map((p) => {
            const s = source("party", p.company);
            return (
              <li key={`${p.company}:${p.role}`} className="flex flex-wrap items-baseline gap-x-3 py-2">
                <Link
                  href={`/companies/${p.company}`}
                  className="font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
                >
                  {p.name}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">{PARTY_ROLES[p.role]}</span>
                {s && <SourceLink source={s} />}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          Evidence{" "}
          <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
            ({groupBySentence(deal.sources).length} sentences, {deal.sources.length} claims)
          </span>
        </h2>
        <div className="mt-3">
          <EvidenceList sources={deal.sources} />
        </div>
      </section>
    </article>
  );
}

function Facts({ deal, source }: { deal: DealDto; source: (claim: SourceDto["claim"]) => SourceDto | undefined }) {
  // A reported date cites no sentence: it is the day (or month) an article it cites was published.
  const reportedIn =
    deal.announcedBasis === "stated" ? undefined : deal.sources.find((s) => s.publishedOn.startsWith(deal.announcedOn));
  const rows: [string, React.ReactNode, SourceDto | undefined][] = [
    [
      "Date",
      <>
        <PartialTime text={deal.announcedOn} />
        <span className="text-slate-500 dark:text-slate-400">
          {" "}
          ({deal.announcedPrecision === "day" ? "to the day" : `known to the ${deal.announcedPrecision}`};{" "}
          {DATE_BASES[deal.announcedBasis].toLowerCase()})
        </span>
        {reportedIn && (
          <span className="text-slate-500 dark:text-slate-400">
            {" "}
            — the publication date of{" "}
            <Link href={`/articles/${reportedIn.article}`} className="underline underline-offset-2">
              {reportedIn.title}
            </Link>
          </span>
        )}
      </>,
      source("date"),
    ],
    ["Status", DEAL_STATUSES[deal.status], source("status")],
    ["Kind", DEAL_KINDS[deal.kind], undefined],
  ];
  if (deal.term) {
    const parts = [
      deal.term.years ? `${deal.term.years} years` : null,
      deal.term.start && deal.term.end ? `${deal.term.start} to ${deal.term.end}` : null,
      deal.term.note,
    ];
    rows.push(["Term", parts.filter(Boolean).join("; "), source("term")]);
  }
  if (deal.chips.length) rows.push(["Chips", deal.chips.join(", "), source("chip")]);
  if (deal.locations.length) rows.push(["Locations", deal.locations.join(", "), source("location")]);
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-6 sm:grid-cols-[10rem_1fr]">
      {rows.map(([term, value, s]) => (
        <div key={term} className="contents">
          <dt className="pt-2 text-sm font-medium text-slate-500 sm:py-2 dark:text-slate-400">{term}</dt>
          <dd className="pb-2 text-sm sm:py-2">
            {value} {s && <SourceLink source={s} />}
          </dd>
        </div>
      ))}
    </dl>
  );
}
