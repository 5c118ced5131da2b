import { createHash } from "node:crypto";

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

/** A text's SHA-1, base64url: what an ETag is made of. */
export function textHash(text: string): string {
  return createHash("sha1").update(text).digest("base64url");
}

/**
 * An answer whose JSON is written already, as jsonText would write it, in UTF-8, with its strong
 * ETag (lib/deals/queries.ts listDealsJson: read as stored bytes, sent without a string between,
 * and its ETag made of its parts' stored hashes rather than by hashing it whole).
 */
export class WrittenJson {
  constructor(
    readonly bytes: Uint8Array<ArrayBuffer>,
    readonly etag: string,
  ) {}

  get text(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString("utf8");
  }
}
