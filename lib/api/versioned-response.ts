import { createHash } from "node:crypto";
import { matchesEtag } from "@/lib/http/etag.mjs";

/**
 * An export's answer: a weak ETag over the data version and the parsed query (the body names
 * the data, it is not hashed), the version in `X-Data-Version` (a CSV or PNG has nowhere else
 * to carry it), and a 304 to a matching If-None-Match before the body is built.
 */
export async function versionedResponse(
  request: Request,
  {
    version,
    query,
    contentType,
    filename,
  }: { version: string; query: unknown; contentType: string; filename?: string },
  body: () => Promise<BodyInit>,
): Promise<Response> {
  const etag = `W/"${createHash("sha1")
    .update(`${version}|${contentType}|${JSON.stringify(query)}`)
    .digest("base64url")}"`;
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": "public, max-age=0, must-revalidate",
    "X-Data-Version": version,
  });
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  if (filename) headers.set("Content-Disposition", `attachment; filename="${filename}"`);
  return new Response(await body(), { status: 200, headers });
}
