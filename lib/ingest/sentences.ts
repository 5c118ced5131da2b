import type { IngestLanguage } from "./types";

/** A sentence of the article: its text is exactly `body.slice(start, end)` (UTF-16 offsets). */
export interface Sentence {
  index: number;
  /** Paragraph number: sentences of one paragraph share it (a line break starts a new one). */
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

// Titles and abbreviations after which Intl.Segmenter wrongly ends a sentence ("Mr. Smith").
const NON_FINAL_ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Mt|dhr|mevr|mr|drs|ir|ing|nr|vs|bijv|o\.a|resp|Gov|Sen|Rep|Gen)\.\s*$/;

/**
 * Splits the body with Intl.Segmenter. Each sentence is trimmed so a quote never starts or ends
 * with whitespace; a line break also ends a sentence, since headings and captions carry no full stop.
 */
export function splitSentences(body: string, lang: IngestLanguage): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const spans: { start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(body)) {
    const previous = spans.at(-1);
    if (previous && NON_FINAL_ABBREVIATION.test(body.slice(previous.start, previous.end))) {
      previous.end = index + segment.length;
    } else {
      spans.push({ start: index, end: index + segment.length });
    }
  }

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  for (const span of spans) {
    let lineStart = span.start;
    for (const line of body.slice(span.start, span.end).split("\n")) {
      const lead = line.length - line.trimStart().length;
      const text = line.trim();
      const start = lineStart + lead;
      lineStart += line.length + 1;
      if (text.length === 0) continue;
      if (sentences.length > 0 && body.slice(lastEnd, start).includes("\n")) paragraph += 1;
      sentences.push({ index: sentences.length, paragraph, start, end: start + text.length, text });
      lastEnd = start + text.length;
    }
  }
  return sentences;
}
