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
 * Splits the body with Intl.Segmenter, one line at a time: a line break always ends a sentence
 * (headings carry no full stop), and ICU's segmenter slows down sharply on long inputs. Each
 * sentence is trimmed so a quote never starts or ends with whitespace.
 */
export function splitSentences(body: string, lang: IngestLanguage): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  for (const line of body.split("\n")) {
    const offset = lineStart;
    lineStart += line.length + 1;
    if (line.trim().length === 0) continue;
    paragraph += 1;
    const spans: { start: number; end: number }[] = [];
    for (const { segment, index } of segmenter.segment(line)) {
      const previous = spans.at(-1);
      if (previous && NON_FINAL_ABBREVIATION.test(line.slice(previous.start, previous.end))) {
        previous.end = index + segment.length;
      } else {
        spans.push({ start: index, end: index + segment.length });
      }
    }
    for (const span of spans) {
      const raw = line.slice(span.start, span.end);
      const text = raw.trim();
      if (text.length === 0) continue;
      const start = offset + span.start + (raw.length - raw.trimStart().length);
      sentences.push({ index: sentences.length, paragraph, start, end: start + text.length, text });
    }
  }
  return sentences;
}
