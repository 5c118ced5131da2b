import { decimalToMinorUnits, minorUnitsToDecimal } from "@/lib/amounts/decimal";
import { parseDutchAmount, type ParseResult } from "@/lib/amounts/parse";
import { bodyStart } from "@/lib/articles/body";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import type { DateBasis } from "@/lib/domain";
import { usdMinorAt } from "@/lib/fx/convert";
import { directionsIn } from "./direction";
import { SeedData, type EvidenceSeed, type FxRateSeed, type ParsedSeedData } from "./schema";

/** Every problem found in the seed data, each naming the record it belongs to. */
export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed data has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SeedError";
  }
}

type PartyRef = { company: string; role: string };

export interface PlannedEvidence extends EvidenceSeed {
  /** Set on a party's evidence: the party it supports. */
  party?: PartyRef;
  fullKey: string;
  quoteStart: number;
  quoteEnd: number;
  figureDate: PartialDate | null;
  /** A non-USD money figure's USD equivalent (exact decimal) and the rate it was converted at. */
  usd: { amount: string; rate: FxRateSeed } | null;
}

/** The key of a rate: its currency and day. */
export const fxKey = (currency: string, day: string) => `${currency}@${day}`;

export interface SeedPlan {
  data: ParsedSeedData;
  texts: Map<string, string>;
  published: Map<string, PartialDate>;
  dealDates: Map<string, PartialDate>;
  eventDates: Map<string, PartialDate>;
  evidence: Map<string, PlannedEvidence[]>;
  valueMinor: Map<string, { minor: bigint; usdMinor: bigint; rate: FxRateSeed | null }>;
  fxRates: Map<string, FxRateSeed>;
}

/**
 * Checks the curated seed against the article texts before anything is written:
 * quotes must occur verbatim (exactly once), figures must equal what the Dutch amount
 * parser reads from their quote, and each deal's headline value must equal its evidence.
 */
export function validateSeed(
  input: unknown,
  readArticle: (file: string) => string,
  // An ingested English article's figures are read by an English front end to the same parser.
  parseAmount: (text: string) => ParseResult = parseDutchAmount,
): SeedPlan {
  const parsed = SeedData.safeParse(input);
  if (!parsed.success) {
    throw new SeedError(parsed.error.issues.map((i) => `${describePath(input, i.path)}: ${i.message}`));
  }
  const data = parsed.data;
  const problems: string[] = [];
  const plan: SeedPlan = {
    data,
    texts: new Map(),
    published: new Map(),
    dealDates: new Map(),
    eventDates: new Map(),
    evidence: new Map(),
    valueMinor: new Map(),
    fxRates: new Map(),
  };
  const bodyStarts = new Map<string, number>();

  for (const rate of data.fxRates) {
    const key = fxKey(rate.currency, rate.date);
    if (plan.fxRates.has(key)) problems.push(`fx rate ${key}: listed twice`);
    plan.fxRates.set(key, rate);
  }
  for (const kind of ["articles", "companies", "deals", "events"] as const) {
    const seen = new Set<string>();
    for (const { slug } of data[kind]) {
      if (seen.has(slug)) problems.push(`${kind.slice(0, -1)} ${slug}: slug used twice`);
      seen.add(slug);
    }
  }

  for (const kind of ["deals", "events"] as const) {
    const live = new Set(data[kind].map((r) => r.slug));
    for (const slug of data.retired[kind]) {
      if (live.has(slug)) problems.push(`retired ${kind.slice(0, -1)} ${slug} is still in the seed`);
    }
  }

  for (const article of data.articles) {
    try {
      const text = readArticle(article.file);
      plan.texts.set(article.slug, text);
      bodyStarts.set(article.slug, bodyStart(text));
    } catch {
      problems.push(`article ${article.slug}: cannot read file ${article.file}`);
    }
    plan.published.set(article.slug, parsePartialDate(article.publishedOn));
  }
  const companySlugs = new Set(data.companies.map((c) => c.slug));
  const glosses = new Map<string, string>();

  const checkEvidence = (
    owner: string,
    keyPrefix: string,
    items: (EvidenceSeed & { party?: PartyRef })[],
  ): PlannedEvidence[] => {
    const out: PlannedEvidence[] = [];
    const keys = new Set<string>();
    for (const ev of items) {
      const where = `${owner} › evidence ${ev.key}`;
      if (keys.has(ev.key)) problems.push(`${where}: key used twice`);
      keys.add(ev.key);
      const text = plan.texts.get(ev.article);
      if (text === undefined) {
        problems.push(`${where}: unknown article ${ev.article}`);
        continue;
      }
      const body = bodyStarts.get(ev.article) ?? 0;
      const start = text.indexOf(ev.quote, body);
      if (start < 0) {
        problems.push(
          text.includes(ev.quote)
            ? `${where}: quote is in the header of article ${ev.article} (front matter or dateline), not its body: "${ev.quote}"`
            : `${where}: quote does not occur verbatim in article ${ev.article}: "${ev.quote}"`,
        );
        continue;
      }
      if (text.indexOf(ev.quote, start + 1) >= 0) {
        problems.push(
          `${where}: quote occurs more than once in article ${ev.article}; lengthen it so it points to one place`,
        );
      }
      const glossKey = `${ev.article}\n${ev.quote}`;
      const gloss = glosses.get(glossKey);
      if (gloss === undefined) glosses.set(glossKey, ev.gloss);
      else if (gloss !== ev.gloss) problems.push(`${where}: the same quote has another gloss elsewhere`);
      if (ev.figure) problems.push(...checkFigure(where, ev, parseAmount));
      const usd = figureUsd(plan, where, ev.figure, ev.article, problems);
      out.push({
        ...ev,
        fullKey: `${keyPrefix}/${ev.key}`,
        quoteStart: start,
        quoteEnd: start + ev.quote.length,
        figureDate: ev.figure?.date ? parsePartialDate(ev.figure.date) : null,
        usd,
      });
    }
    return out;
  };

  for (const deal of data.deals) {
    const owner = `deal ${deal.slug}`;
    plan.dealDates.set(deal.slug, parsePartialDate(deal.announced));
    const partyEvidence = deal.parties.flatMap((p) => {
      if (!companySlugs.has(p.company)) problems.push(`${owner}: unknown company ${p.company}`);
      return p.evidence.map((ev) => {
        if (ev.claim !== "party")
          problems.push(`${owner} › evidence ${ev.key}: a party's evidence must have claim "party"`);
        return { ...ev, party: { company: p.company, role: p.role } };
      });
    });
    const planned = checkEvidence(owner, `deal/${deal.slug}`, [...deal.evidence, ...partyEvidence]);
    plan.evidence.set(owner, planned);
    problems.push(...checkDate(owner, deal.announced, deal.announcedBasis, planned));

    const valueEvidence = deal.evidence.filter((e) => e.claim === "value");
    if (!deal.value) {
      if (valueEvidence.length) problems.push(`${owner}: has value evidence but no value`);
      continue;
    }
    const fig = valueEvidence[0]?.figure;
    if (valueEvidence.length !== 1 || !fig) {
      problems.push(`${owner}: a deal with a value needs exactly one "value" evidence with a figure`);
      continue;
    }
    if (fig.amount !== deal.value.amount)
      problems.push(`${owner}: value ${deal.value.amount} differs from its evidence figure ${fig.amount}`);
    if (fig.unit !== deal.value.currency)
      problems.push(`${owner}: currency ${deal.value.currency} differs from its evidence unit ${fig.unit}`);
    if (fig.kind !== deal.value.kind)
      problems.push(`${owner}: value kind ${deal.value.kind} differs from its evidence figure kind ${fig.kind}`);
    const rate =
      deal.value.currency === "USD"
        ? null
        : rateOf(plan, owner, deal.value.currency, valueEvidence[0]!.article, problems);
    if (deal.value.currency !== "USD" && !rate) continue;
    try {
      plan.valueMinor.set(deal.slug, {
        minor: decimalToMinorUnits(deal.value.amount),
        usdMinor: rate ? usdMinorAt(deal.value.amount, rate.usdPerUnit) : decimalToMinorUnits(deal.value.amount),
        rate,
      });
    } catch (e) {
      problems.push(`${owner}: ${(e as Error).message}`);
    }
  }

  for (const event of data.events) {
    const owner = `event ${event.slug}`;
    plan.eventDates.set(event.slug, parsePartialDate(event.occurred));
    for (const c of event.companies) if (!companySlugs.has(c)) problems.push(`${owner}: unknown company ${c}`);
    const planned = checkEvidence(owner, `event/${event.slug}`, event.evidence);
    plan.evidence.set(owner, planned);
    problems.push(...checkDate(owner, event.occurred, event.occurredBasis, planned));
  }

  /**
   * A stated date needs a body sentence that states it; a date of first report (or an undated
   * background fact) is the publication date of an article the record cites, at that article's
   * precision or coarser ("2026-02" for an article of 8 Feb 2026), and cites no sentence for it.
   */
  function checkDate(owner: string, date: string, basis: DateBasis, evidence: PlannedEvidence[]): string[] {
    const dated = evidence.some((e) => e.claim === "date");
    if (basis === "stated") return dated ? [] : [`${owner}: a stated date needs evidence with claim "date"`];
    if (dated) return [`${owner}: a ${basis} date is the article's publication date; it cites no "date" sentence`];
    const own = parsePartialDate(date);
    const fits = evidence.some((e) => {
      const published = plan.published.get(e.article);
      return published !== undefined && own.start <= published.start && published.end <= own.end;
    });
    return fits ? [] : [`${owner}: a ${basis} date ${date} is not the publication date of any article it cites`];
  }

  if (problems.length) throw new SeedError(problems);
  return plan;
}

/**
 * The rate of a non-USD amount: the day the article quoting it was published. A missing rate, or
 * an article dated only to a month, is a problem pushed onto `problems`.
 */
function rateOf(
  plan: Pick<SeedPlan, "published" | "fxRates">,
  where: string,
  currency: string,
  article: string,
  problems: string[],
): FxRateSeed | null {
  const published = plan.published.get(article);
  if (!published) return null;
  const day = published.start.toISOString().slice(0, 10);
  if (published.precision !== "day") {
    problems.push(
      `${where}: ${currency} amount from an article dated only to the ${published.precision}; no day for its rate`,
    );
    return null;
  }
  const rate = plan.fxRates.get(fxKey(currency, day));
  if (!rate) problems.push(`${where}: ${currency} amount has no exchange rate for ${day} in fx-rates.ts`);
  return rate ?? null;
}

/**
 * The USD equivalent of a figure in another currency, at rateOf; null for a dollar figure or one
 * without a currency. A range is a problem: there is no column for its upper end's equivalent.
 */
export function figureUsd(
  plan: Pick<SeedPlan, "published" | "fxRates">,
  where: string,
  figure: EvidenceSeed["figure"],
  article: string,
  problems: string[],
): PlannedEvidence["usd"] {
  const unit = figure?.unit;
  if (!figure || !unit || !/^[A-Z]{3}$/.test(unit) || unit === "USD") return null;
  if (figure.high) problems.push(`${where}: a non-USD range has no column for its upper end's USD equivalent`);
  const rate = rateOf(plan, where, unit, article, problems);
  return rate ? { amount: minorUnitsToDecimal(usdMinorAt(figure.amount, rate.usdPerUnit)), rate } : null;
}

/** A figure must be in its quote and read, with the amount parser, as exactly its amount, unit and qualifier. */
export function checkFigure(
  where: string,
  ev: EvidenceSeed,
  parseAmount: (text: string) => ParseResult = parseDutchAmount,
): string[] {
  const fig = ev.figure!;
  if (!ev.quote.includes(fig.text)) return [`${where}: figure text "${fig.text}" is not in its quote`];
  const result = parseAmount(fig.text);
  if (!result.ok) return [`${where}: figure "${fig.text}" does not parse: ${result.reason}`];
  const got = result.amount;
  const problems: string[] = [];
  if (got.value !== fig.amount) problems.push(`${where}: amount ${fig.amount} but "${fig.text}" reads as ${got.value}`);
  if (got.high !== (fig.high ?? null))
    problems.push(`${where}: range end ${fig.high ?? "none"} but "${fig.text}" reads as ${got.high ?? "none"}`);
  if (got.unit === null && !fig.unitImplied)
    problems.push(`${where}: "${fig.text}" names no unit; mark unitImplied if context gives ${fig.unit}`);
  if (got.unit !== null && fig.unitImplied)
    problems.push(`${where}: "${fig.text}" names its unit (${got.unit}); it is not implied`);
  if (got.unit !== null && got.unit !== fig.unit)
    problems.push(`${where}: unit ${fig.unit} but "${fig.text}" reads as ${got.unit}`);
  if (got.qualifier !== (fig.qualifier ?? null)) {
    problems.push(
      `${where}: qualifier ${fig.qualifier ?? "none"} but "${fig.text}" reads as ${got.qualifier ?? "none"}`,
    );
  }
  if (fig.kind === "percent_change" && !fig.direction)
    problems.push(`${where}: a percent_change needs its direction ("up" or "down")`);
  if (fig.direction) {
    const said = directionsIn(ev.quote);
    const other = fig.direction === "up" ? "down" : "up";
    if (!said.has(fig.direction))
      problems.push(`${where}: direction ${fig.direction} but the quote says no such thing`);
    else if (said.has(other))
      problems.push(`${where}: the quote has words for both directions; cut it to the clause of this figure`);
  }
  return problems;
}

/** Names the record a zod issue is in ("deal tesla-samsung-ai6-foundry › value.amount"), not just its index. */
function describePath(input: unknown, path: PropertyKey[]): string {
  const [collection, index, ...rest] = path;
  const list = (input as Record<string, unknown> | null)?.[String(collection)];
  const record =
    Array.isArray(list) && typeof index === "number" ? (list[index] as { slug?: string } | undefined) : undefined;
  const name = record?.slug ? `${String(collection).replace(/s$/, "")} ${record.slug}` : path.slice(0, 2).join(".");
  return rest.length ? `${name} › ${rest.join(".")}` : name;
}
