// The source files carry their publication date ahead of the article: YAML front matter
// ("---\ntitle: ...\n---") in one, a " date 2025-07 " token on the first line in the others.
// Those bytes stay in Article.text (files are kept byte for byte, offsets count from the file's
// start); only the body after them is shown as the article and may be cited.

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n\s*/;
const DATELINE = /^\s*date\s+\d{4}(?:-\d{2}){0,2}\s+/;

/** Offset (UTF-16 code units) in the full text where the article body begins. */
export function bodyStart(text: string): number {
  const header = FRONT_MATTER.exec(text) ?? DATELINE.exec(text);
  return header ? header[0].length : 0;
}

/** The header lines before the body (front matter or dateline), for display apart from it. */
export function articleHeader(text: string): string {
  return text.slice(0, bodyStart(text)).trim();
}
