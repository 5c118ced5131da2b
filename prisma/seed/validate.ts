import { decimalToMinorUnits } from "@/lib/amounts/decimal";
import { parseDutchAmount, type ParseResult } from "@/lib/amounts/parse";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { SeedData, type EvidenceSeed, type ParsedSeedData } from "./schema";

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
}

export interface SeedPlan {
  data: ParsedSeedData;
  texts: Map<string, string>;
  published: Map<string, PartialDate>;
  dealDates: Map<string, PartialDate>;
  eventDates: Map<string, PartialDate>;
  evidence: Map<string, PlannedEvidence[]>;
  valueMinor: Map<string, { minor: bigint; usdMinor: bigint }>;
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
  };

  for (const kind of ["articles", "companies", "deals", "events"] as const) {
    const seen = new Set<string>();
    for (const { slug } of data[kind]) {
      if (seen.has(slug)) problems.push(`${kind.slice(0, -1)} ${slug}: slug used twice`);
      seen.add(slug);
    }
  }

  for (const article of data.articles) {
    try {
      plan.texts.set(article.slug, readArticle(article.file));
    } catch {
      problems.push(`article ${article.slug}: cannot read file ${article.file}`);
    }
    plan.published.set(article.slug, parsePartialDate(article.publishedOn));
  }
  const companySlugs = new Set(data.companies.map((c) => c.slug));

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
      const start = text.indexOf(ev.quote);
      if (start < 0) {
        problems.push(`${where}: quote does not occur verbatim in article ${ev.article}: "${ev.quote}"`);
        continue;
      }
      if (text.indexOf(ev.quote, start + 1) >= 0) {
        problems.push(
          `${where}: quote occurs more than once in article ${ev.article}; lengthen it so it points to one place`,
        );
      }
      if (ev.figure) problems.push(...checkFigure(where, ev, parseAmount));
      out.push({
        ...ev,
        fullKey: `${keyPrefix}/${ev.key}`,
        quoteStart: start,
        quoteEnd: start + ev.quote.length,
        figureDate: ev.figure?.date ? parsePartialDate(ev.figure.date) : null,
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
    if (!deal.evidence.some((e) => e.claim === "date")) problems.push(`${owner}: no evidence with claim "date"`);

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
    if (deal.value.currency !== "USD" && !deal.value.usd)
      problems.push(`${owner}: a non-USD value needs its USD equivalent`);
    if (deal.value.currency === "USD" && deal.value.usd && deal.value.usd !== deal.value.amount) {
      problems.push(`${owner}: USD equivalent ${deal.value.usd} differs from the USD amount ${deal.value.amount}`);
    }
    try {
      plan.valueMinor.set(deal.slug, {
        minor: decimalToMinorUnits(deal.value.amount),
        usdMinor: decimalToMinorUnits(deal.value.usd ?? deal.value.amount),
      });
    } catch (e) {
      problems.push(`${owner}: ${(e as Error).message}`);
    }
  }

  for (const event of data.events) {
    const owner = `event ${event.slug}`;
    plan.eventDates.set(event.slug, parsePartialDate(event.occurred));
    for (const c of event.companies) if (!companySlugs.has(c)) problems.push(`${owner}: unknown company ${c}`);
    plan.evidence.set(owner, checkEvidence(owner, `event/${event.slug}`, event.evidence));
  }

  if (problems.length) throw new SeedError(problems);
  return plan;
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
