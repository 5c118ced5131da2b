import { stringify } from "csv-stringify/sync";
import { NotFoundError } from "@/lib/errors";
import { handle } from "@/lib/api/respond";
import { parseSearchParamsOrThrow } from "@/lib/api/search-params";
import { dealDataVersion } from "@/lib/db/data-version";
import { CHARTS, isChartName } from "@/lib/export/charts";
import { versionedResponse } from "@/lib/api/versioned-response";
import { svgToPng } from "@/lib/export/png";
import { sourceLine } from "@/lib/export/source-line";
import { chartSvg } from "@/lib/export/svg-doc";

const TYPES = { svg: "image/svg+xml; charset=utf-8", png: "image/png", csv: "text/csv; charset=utf-8" } as const;

/** GET /api/charts/{chart}.{svg|png|csv}: a chart with its title, filters, source line and date, or the rows it draws. */
export const GET = handle(async (request, { params }: { params: Promise<{ file: string }> }) => {
  const { file } = await params;
  const match = /^([a-z-]+)\.(svg|png|csv)$/.exec(file);
  if (!match || !isChartName(match[1]!)) throw new NotFoundError(`Chart ${JSON.stringify(file.slice(0, 100))}`);
  const name = match[1]!;
  const ext = match[2] as keyof typeof TYPES;
  const chart = CHARTS[name];
  const query = parseSearchParamsOrThrow(chart.schema, new URL(request.url).searchParams);
  const version = await dealDataVersion();
  // The date is part of the file, so it is part of the validator too.
  const date = new Date().toISOString().slice(0, 10);
  return versionedResponse(
    request,
    { version, query: { name, query, date }, contentType: TYPES[ext], filename: `chip-deals-${name}-${date}.${ext}` },
    async () => {
      // @ts-expect-error -- each chart's query was parsed by that chart's own schema just above
      const drawn = await chart.load(query);
      if (ext === "csv") return stringify([drawn.csv.columns, ...drawn.csv.rows]);
      const svg = chartSvg({ ...drawn, source: await sourceLine(drawn.deals, version), date });
      return ext === "svg" ? svg : new Uint8Array(svgToPng(svg));
    },
  );
});
