import "server-only";
import { Feed } from "feed";
import { dealFilterParams } from "@/lib/deals/page-query";
import { listDeals } from "@/lib/deals/queries";
import { dealDateText, dealPartiesText, dealValueText, headlineSource } from "@/lib/deals/headline-source";
import type { DealDto, DealFilter } from "@/lib/deals/schemas";
import { DEAL_KINDS } from "@/lib/domain";
import { queryString } from "@/lib/url";
import { describeDealFilter } from "./describe-filter";

/** Entries per feed: the newest deals of the filter; a reader polls, it does not page back. */
export const FEED_LIMIT = 100;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function entryHtml(deal: DealDto, origin: string): string {
  const source = headlineSource(deal);
  const lines = [
    `<p><strong>${escapeHtml(dealValueText(deal))}</strong> · ${escapeHtml(DEAL_KINDS[deal.kind])} · ${escapeHtml(dealDateText(deal))}</p>`,
    `<p>Parties: ${escapeHtml(dealPartiesText(deal))}</p>`,
    `<p>${escapeHtml(deal.summary)}</p>`,
  ];
  if (source) {
    const href = `${origin}/articles/${source.article}#${source.id}`;
    lines.push(
      `<blockquote lang="nl">${escapeHtml(source.quote)}</blockquote>`,
      `<p>Source: <a href="${escapeHtml(href)}">${escapeHtml(source.title)}</a> (${escapeHtml(source.publishedOn)})</p>`,
    );
  }
  return lines.join("\n");
}

/** The newest deals matching a /deals filter as a feed, built once and written as Atom or JSON Feed. */
export async function buildDealsFeed(filter: DealFilter, { origin, version }: { origin: string; version: string }) {
  const page = await listDeals({ ...filter, sort: "-announcedOn", limit: FEED_LIMIT, cursor: undefined });
  const qs = queryString(dealFilterParams(filter));
  const described = describeDealFilter(filter);
  const feed = new Feed({
    id: `${origin}/deals.atom${qs}`,
    title: `chip-deals: ${described}`,
    description: `The newest ${Math.min(page.total, FEED_LIMIT)} of ${page.total} deals (${described}). Data version ${version}.`,
    link: `${origin}/deals${qs}`,
    feedLinks: { atom: `${origin}/deals.atom${qs}`, json: `${origin}/deals.json${qs}` },
    // Deterministic, so the same data gives the same bytes: the newest deal's date.
    updated: new Date(page.data[0] ? `${page.data[0].announcedOn}T00:00:00Z` : 0),
    generator: "chip-deals",
    language: "en",
    copyright: "Curated data CC BY 4.0, chip-deals; quoted articles © their publishers",
  });
  feed.addExtension({ name: "_chip_deals", objects: { data_version: version, total: page.total, limit: FEED_LIMIT } });
  for (const deal of page.data) {
    const link = `${origin}/deals/${deal.slug}`;
    feed.addItem({
      id: link,
      link,
      title: deal.value ? `${deal.title}: ${dealValueText(deal)}` : deal.title,
      date: new Date(`${deal.announcedOn}T00:00:00Z`),
      description: deal.summary,
      content: entryHtml(deal, origin),
      category: [{ name: DEAL_KINDS[deal.kind], term: deal.kind }],
      extensions: [
        {
          name: "_chip_deals",
          objects: {
            slug: deal.slug,
            announced: deal.announcedOn,
            value: deal.value,
            parties: deal.parties,
            source: headlineSource(deal)?.quote ?? null,
          },
        },
      ],
    });
  }
  return feed;
}
