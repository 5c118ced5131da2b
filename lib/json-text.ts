/**
 * JSON with <, >, & and the JS line separators written as \u escapes: the same value to any
 * parser, but no echoed parameter or slug can ever appear in the bytes as markup. The escapes
 * are per character, so the text of an array is "[" + its items' texts joined by "," + "]".
 */
export function jsonText(body: unknown): string {
  return JSON.stringify(body).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** An answer whose JSON is written already, as jsonText would write it (lib/deals/queries.ts listDealsJson). */
export class WrittenJson {
  constructor(readonly text: string) {}
}
