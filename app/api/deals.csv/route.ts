import { createHash } from "node:crypto";
import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { handle, matchesEtag } from "@/lib/api/respond";
import { dealDataVersion } from "@/lib/db/data-version";
import { countDealsForCsv, csvFilename, DealCsvQuerySchema, streamDealsCsv } from "@/lib/deals/csv";

/** Every deal matching the /api/deals filters, in its sort order, as a streamed CSV download. */
export const GET = handle(async (request) => {
  const query = parseSearchParamsOrThrow(DealCsvQuerySchema, new URL(request.url).searchParams);
  // The body is streamed, so it cannot be hashed up front: the validator is the parsed query
  // plus the data version. Weak, since it names the content rather than hashing its bytes.
  const version = await dealDataVersion();
  const etag = `W/"${createHash("sha1")
    .update(`${version}|${JSON.stringify(query)}`)
    .digest("base64url")}"`;
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": "private, no-cache",
    "X-Content-Type-Options": "nosniff",
    // A CSV has no place for metadata: the data version travels in a header (see /data).
    "X-Data-Version": version,
  });
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const total = await countDealsForCsv(query);
  headers.set("Content-Type", "text/csv; charset=utf-8");
  headers.set("Content-Disposition", `attachment; filename="${csvFilename(query)}"`);
  headers.set("X-Total-Count", String(total));
  return new Response(streamDealsCsv(query), { status: 200, headers });
});
