// Capitalised word runs in a sentence: the raw material for company names not yet in the database.

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** Joined to a lowercase word by a hyphen: "Nvidia-chips", "Google-moeder". */
  hyphenLower: boolean;
  /** That lowercase word ("chips", "moeder"), or "". */
  tail: string;
  /** Followed by an English possessive: "Microsoft's". */
  possessive: boolean;
}

export interface NameSpan {
  tokens: NameToken[];
  /** Text of the run, exactly as written (offsets into the sentence). */
  text: string;
  start: number;
  end: number;
  /** The run opens the sentence, a quotation or a clause after a colon. */
  initial: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[&'’.][\p{L}\p{N}]+)*(?:-[\p{L}\p{N}]+)*/gu;
const ABBREVIATION_DOT = /^(?:Inc|Corp|Co|Ltd|N\.V|B\.V|S\.A|Jr|Sr)$/;

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word);
}

/** Splits "Nvidia-chips" into the name and its lowercase tail; "Zuid-Korea" stays one word. */
function splitCompound(text: string): { head: string; hyphenLower: boolean; tail: string } {
  const parts = text.split("-");
  let keep = 1;
  while (keep < parts.length && isCapitalised(parts[keep] ?? "")) keep += 1;
  return { head: parts.slice(0, keep).join("-"), hyphenLower: keep < parts.length, tail: parts.slice(keep).join("-") };
}

export function nameTokens(sentence: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const m of sentence.matchAll(WORD)) {
    let text = m[0];
    let possessive = false;
    const { head, hyphenLower, tail } = splitCompound(text);
    text = head;
    const possessiveMatch = /['’]s$/.exec(text);
    if (possessiveMatch && !hyphenLower) {
      text = text.slice(0, -2);
      possessive = true;
    }
    let end = m.index + text.length;
    if (ABBREVIATION_DOT.test(text) && sentence[end] === ".") end += 1;
    tokens.push({ text: sentence.slice(m.index, end), start: m.index, end, hyphenLower, tail, possessive });
  }
  return tokens;
}

function opensClause(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).trimEnd();
  return before.length === 0 || /["“”'‘(:—–]$/.test(before);
}

/** Runs of capitalised words joined by single spaces (or " & "), skipping words inside `claimed` ranges. */
export function nameSpans(sentence: string, claimed: readonly [number, number][]): NameSpan[] {
  const isClaimed = (t: NameToken) => claimed.some(([s, e]) => t.start < e && t.end > s);
  const spans: NameSpan[] = [];
  let run: NameToken[] = [];
  const flush = () => {
    if (run.length > 0) {
      const first = run[0]!;
      const last = run.at(-1)!;
      spans.push({
        tokens: run,
        text: sentence.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        initial: opensClause(sentence, first.start),
      });
    }
    run = [];
  };
  for (const token of nameTokens(sentence)) {
    const capital = isCapitalised(token.text) && !isClaimed(token);
    if (!capital) {
      flush();
      continue;
    }
    const previous = run.at(-1);
    const gap = previous ? sentence.slice(previous.end, token.start) : "";
    if (previous && (previous.hyphenLower || previous.possessive || (gap !== " " && gap !== " & "))) flush();
    run.push(token);
  }
  flush();
  return spans;
}
