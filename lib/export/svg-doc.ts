import { VALUE_KIND_CHART, VALUE_KIND_ORDER } from "@/components/ui/value-kind";
import type { ValueKind } from "@/lib/domain";

// A chart as a standalone SVG document: title, active filters, the drawing, the source line
// and the date, in one file that reads the same in a browser, a slide or resvg's PNG.

export const FONT = "Inter, Helvetica, Arial, sans-serif";
export const WIDTH = 800;
const PAD = 24;

export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Text for an export: the bundled Inter (latin subset) has no ≈, ≤ or →, so they are spelled out. */
export const plain = (s: string) => s.replace(/≈ ?/g, "~").replace(/≤ ?/g, "<= ").replace(/→/g, "->");

/** Splits text into lines of about `max` characters at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export const truncate = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(plain(content))}</text>`;
}

/** The value-kind fills of /compare (solid, hatched, dotted, striped), as SVG pattern definitions. */
export function valuePatternDefs(): string {
  return VALUE_KIND_ORDER.map((kind) => {
    const { color, pattern } = VALUE_KIND_CHART[kind];
    if (pattern === "solid") return "";
    const mark =
      pattern === "hatch"
        ? `<line x1="0" y1="0" x2="0" y2="8" stroke="${color}" stroke-width="3"/>`
        : pattern === "dots"
          ? `<circle cx="4" cy="4" r="1.8" fill="${color}"/>`
          : `<line x1="0" y1="4" x2="8" y2="4" stroke="${color}" stroke-width="2"/>`;
    return `<pattern id="fill-${kind}" width="8" height="8" patternUnits="userSpaceOnUse"${pattern === "hatch" ? ' patternTransform="rotate(45)"' : ""}><rect width="8" height="8" fill="${color}" fill-opacity="0.15"/>${mark}</pattern>`;
  }).join("");
}

export const fillOf = (kind: ValueKind) =>
  VALUE_KIND_CHART[kind].pattern === "solid" ? VALUE_KIND_CHART[kind].color : `url(#fill-${kind})`;

export interface ChartBody {
  height: number;
  /** drawn in a WIDTH-wide box from (0, 0) */
  svg: string;
}

export interface ChartDocument {
  title: string;
  filters: string;
  source: string;
  date: string;
  body: ChartBody;
}

export function chartSvg(doc: ChartDocument): string {
  const chars = (size: number) => Math.floor((WIDTH - 2 * PAD) / (size * 0.55));
  const titleLines = wrap(doc.title, chars(20));
  const filterLines = wrap(`Filters: ${doc.filters}`, chars(13));
  const footLines = wrap(doc.source, chars(12));
  let y = PAD + 18;
  const parts: string[] = [];
  for (const l of titleLines) {
    parts.push(text(PAD, y, l, 'font-size="20" font-weight="700" fill="#0f172a"'));
    y += 26;
  }
  for (const l of filterLines) {
    parts.push(text(PAD, y, l, 'font-size="13" fill="#475569"'));
    y += 18;
  }
  y += 10;
  parts.push(`<g transform="translate(0 ${y})">${doc.body.svg}</g>`);
  y += doc.body.height + 22;
  for (const l of footLines) {
    parts.push(text(PAD, y, l, 'font-size="12" fill="#334155"'));
    y += 16;
  }
  parts.push(text(PAD, y, `Downloaded ${doc.date}`, 'font-size="12" fill="#64748b"'));
  const height = Math.ceil(y + PAD);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}">`,
    `<title>${esc(plain(doc.title))}</title>`,
    `<defs>${valuePatternDefs()}</defs>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    `</svg>`,
  ].join("\n");
}
