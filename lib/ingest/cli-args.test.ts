import { describe, expect, it } from "vitest";
import { decodeArticle, MAX_ARTICLE_BYTES, parseIngestArgs, UsageError } from "@/lib/ingest/cli-args";

describe("parseIngestArgs", () => {
  it("reads the file, the language and the optional flags", () => {
    expect(
      parseIngestArgs([
        "a.txt",
        "--lang",
        "en",
        "--published=2025-09",
        "--url",
        "https://example.test/x",
        "--title",
        "T",
        "--dry-run",
        "--json",
      ]),
    ).toEqual({
      file: "a.txt",
      lang: "en",
      published: "2025-09",
      url: "https://example.test/x",
      title: "T",
      dryRun: true,
      json: true,
    });
    expect(parseIngestArgs(["--lang", "nl", "a.txt"])).toEqual({
      file: "a.txt",
      lang: "nl",
      dryRun: false,
      json: false,
    });
  });

  it.each([
    [[], "FILE is required"],
    [["a.txt", "b.txt", "--lang", "nl"], "give exactly one FILE"],
    [["a.txt"], "--lang is required (nl or en)"],
    [["a.txt", "--lang", "fr"], "--lang: must be nl or en"],
    [["a.txt", "--lang"], "--lang needs a value"],
    [["a.txt", "--lang", "nl", "--lang", "en"], "--lang given twice"],
    [["a.txt", "--lang", "nl", "--published", "2025-13"], "--published: is not a real date"],
    [["a.txt", "--lang", "nl", "--published", "23-09-2025"], "--published: must be YYYY-MM-DD or YYYY-MM"],
    [["a.txt", "--lang", "nl", "--url", "not a url"], "--url: Invalid URL"],
    [["a.txt", "--lang", "nl", "--verbose"], "unknown option --verbose"],
  ])("refuses %j: %s", (argv, message) => {
    expect(() => parseIngestArgs(argv)).toThrow(new UsageError(message));
  });
});

describe("decodeArticle", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("keeps the text, drops a BOM and normalises line endings", () => {
    expect(decodeArticle(utf8("\uFEFFCafé\r\nzegt\rja"))).toBe("Café\nzegt\nja");
  });

  it.each([
    [Uint8Array.from([0x43, 0xe9]), "FILE is not valid UTF-8 text"],
    [utf8(" \n\t "), "FILE is empty"],
    [utf8("a\u0000b"), "FILE is not a text file (it holds NUL bytes)"],
    [new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61), `FILE is over 1 MB (${MAX_ARTICLE_BYTES + 1} bytes)`],
  ])("refuses bad bytes (%#)", (bytes, message) => {
    expect(() => decodeArticle(bytes)).toThrow(message);
  });
});
