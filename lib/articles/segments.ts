export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Ids of the spans covering this segment; empty for uncited text. */
  covering: string[];
  /** Ids of the spans that begin here (their anchors go before the text). */
  starting: string[];
}

/**
 * Cuts a text at every span boundary, so overlapping and nested quotes can each be highlighted:
 * every segment is covered by the same set of spans throughout. Spans outside the text are clamped.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const valid = spans.map((s) => ({ ...s, start: clamp(s.start), end: clamp(s.end) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      covering: valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id),
      starting: valid.filter((s) => s.start === start).map((s) => s.id),
    });
  }
  return segments;
}
