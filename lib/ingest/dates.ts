import type { IngestLanguage } from "./types";

/** A date the text states, as precise as it is written: YYYY-MM-DD, YYYY-MM or YYYY. */
export interface FoundDate {
  value: string;
  start: number;
  end: number;
}

const MONTHS = new Map<string, number>([
  ["januari", 1],
  ["februari", 2],
  ["maart", 3],
  ["april", 4],
  ["mei", 5],
  ["juni", 6],
  ["juli", 7],
  ["augustus", 8],
  ["september", 9],
  ["oktober", 10],
  ["november", 11],
  ["december", 12],
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["october", 10],
  ["jan", 1],
  ["feb", 2],
  ["mrt", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["okt", 10],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);
const WEEKDAYS = new Map<string, number>([
  ["zondag", 0],
  ["maandag", 1],
  ["dinsdag", 2],
  ["woensdag", 3],
  ["donderdag", 4],
  ["vrijdag", 5],
  ["zaterdag", 6],
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);

const MONTH =
  "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\\.?";
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, "giu");
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`, "giu");
const MONTH_ONLY = new RegExp(
  `\\b(?:(?:in|begin|eind|half|medio|midden|early|late|mid|eerder in|earlier in|sinds|since|per)\\s+(?:de\\s+maand\\s+)?|(?<!\\d\\s))${MONTH}(?:\\s+(\\d{4}))?\\b`,
  "giu",
);
const WEEKDAY =
  /\b(?:(?:op|on|afgelopen|last|this|deze|vorige)\s+)?(zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/giu;
const RELATIVE =
  /\b(gisteren|yesterday|vandaag|today|vanochtend|vanmorgen|this morning|eerder deze week|earlier this week|deze week|this week|vorige week|last week|afgelopen week|vorige maand|last month|afgelopen maand|eerder deze maand|earlier this month|deze maand|this month|vorig jaar|last year|afgelopen jaar|dit jaar|this year|eerder dit jaar|earlier this year)\b/giu;
const YEAR = /\b(?:in|sinds|since|during|tijdens)\s+((?:19|20)\d{2})\b/giu;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parsePublished(published: string | undefined): { year: number; month: number; day: Date | null } | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] ? new Date(Date.UTC(year, month - 1, Number(m[3]))) : null;
  return { year, month, day };
}

/** The year of a month written without one: the publication year, or the year before for a later month. */
function yearFor(month: number, day: number | null, published: ReturnType<typeof parsePublished>): number | null {
  if (!published) return null;
  if (month > published.month) return published.year - 1;
  if (month === published.month && day !== null && published.day && day > published.day.getUTCDate()) {
    return published.year - 1;
  }
  return published.year;
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Dates in one sentence, absolute and relative to the publication date; none is given a made-up day. */
export function findDates(text: string, _lang: IngestLanguage, publishedText?: string): FoundDate[] {
  const published = parsePublished(publishedText);
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const push = (value: string | null, start: number, end: number) => {
    if (value === null || taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    found.push({ value, start, end });
  };
  const dayValue = (day: number, monthWord: string, yearText: string | undefined) => {
    const month = MONTHS.get(monthWord.toLowerCase().replace(/\.$/, ""));
    if (month === undefined) return null;
    const year = yearText ? Number(yearText) : yearFor(month, day, published);
    if (year === null || !validDay(year, month, day)) return null;
    return `${year}-${pad(month)}-${pad(day)}`;
  };

  for (const m of text.matchAll(DAY_MONTH)) push(dayValue(Number(m[1]), m[2]!, m[3]), m.index, m.index + m[0].length);
  for (const m of text.matchAll(MONTH_DAY)) {
    // "May 5" is a date, but "mei 2025" and a lowercase English "may" are not read here.
    if (/^may$/i.test(m[1]!) && m[1] !== "May") continue;
    push(dayValue(Number(m[2]), m[1]!, m[3]), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(MONTH_ONLY)) {
    const word = m[1]!;
    if (/^may$/i.test(word) && word !== "May") continue;
    if (/^(?:jan|feb|apr|jun|jul|aug|sep|okt|oct|nov|dec|mrt)$/i.test(word) && !m[0].includes(" ")) continue;
    const month = MONTHS.get(word.toLowerCase())!;
    const year = m[2] ? Number(m[2]) : yearFor(month, null, published);
    push(year === null ? null : `${year}-${pad(month)}`, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(WEEKDAY)) {
    if (!published?.day) continue;
    const target = WEEKDAYS.get(m[1]!.toLowerCase())!;
    const back = (published.day.getUTCDay() - target + 7) % 7;
    push(iso(new Date(published.day.getTime() - back * 86_400_000)), m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(RELATIVE))
    push(relative(m[1]!.toLowerCase(), published), m.index, m.index + m[0].length);
  for (const m of text.matchAll(YEAR)) {
    if (/(?:opgericht|founded|fiscale?|fiscal)\s+(?:in\s+)?$/i.test(text.slice(0, m.index + 3))) continue;
    push(m[1]!, m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

function relative(phrase: string, published: ReturnType<typeof parsePublished>): string | null {
  if (!published) return null;
  const { year, month, day } = published;
  const monthBack = month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
  const DAY = 86_400_000;
  switch (phrase) {
    case "gisteren":
    case "yesterday":
      return day ? iso(new Date(day.getTime() - DAY)) : null;
    case "vandaag":
    case "today":
    case "vanochtend":
    case "vanmorgen":
    case "this morning":
      return day ? iso(day) : null;
    case "deze week":
    case "this week":
    case "eerder deze week":
    case "earlier this week":
    case "vorige week":
    case "last week":
    case "afgelopen week": {
      if (!day) return null;
      // A week is named by its month only when all of it falls in one month.
      const shift = phrase.includes("vorige") || phrase.includes("last") || phrase.includes("afgelopen") ? 7 : 0;
      const monday = new Date(day.getTime() - (((day.getUTCDay() + 6) % 7) + shift) * DAY);
      const sunday = new Date(monday.getTime() + 6 * DAY);
      return monday.getUTCMonth() === sunday.getUTCMonth() ? iso(monday).slice(0, 7) : null;
    }
    case "vorige maand":
    case "last month":
    case "afgelopen maand":
      return monthBack;
    case "deze maand":
    case "this month":
    case "eerder deze maand":
    case "earlier this month":
      return `${year}-${pad(month)}`;
    case "vorig jaar":
    case "last year":
    case "afgelopen jaar":
      return String(year - 1);
    default:
      return String(year);
  }
}
