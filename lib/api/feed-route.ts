import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle } from "@/lib/api/respond";
import { dealDataVersion } from "@/lib/db/data-version";
import { DealFilterSchema } from "@/lib/deals/schemas";
import { versionedResponse } from "@/lib/api/versioned-response";
import { buildDealsFeed } from "@/lib/feeds/deals-feed";

const FORMATS = {
  atom: {
    contentType: "application/atom+xml; charset=utf-8",
    write: (f: Awaited<ReturnType<typeof buildDealsFeed>>) => f.atom1(),
  },
  json: {
    contentType: "application/feed+json; charset=utf-8",
    write: (f: Awaited<ReturnType<typeof buildDealsFeed>>) => f.json1(),
  },
} as const;

/** GET handler of /deals.atom and /deals.json: the /deals filters, the same 400 for a bad one. */
export function dealsFeedRoute(format: keyof typeof FORMATS) {
  return handle(async (request) => {
    const url = new URL(request.url);
    const filter = parseSearchParamsOrThrow(DealFilterSchema, url.searchParams);
    const version = await dealDataVersion();
    const { contentType, write } = FORMATS[format];
    return versionedResponse(request, { version, query: filter, contentType }, async () =>
      write(await buildDealsFeed(filter, { origin: url.origin, version })),
    );
  });
}
