import { InvalidInputError, type ParamIssue } from "@/lib/errors";
import { partialDateText } from "@/lib/dates/partial-date";
import { isoDay } from "@/lib/deals/dto";
import { PARTY_ROLES, type Precision } from "@/lib/domain";
import type { Ingest, PrismaClient } from "@/lib/generated/prisma/client";
import type { DealSeed, EvidenceSeed, SeedData } from "@/prisma/seed/schema";
import {
  checkFigure,
  figureUsd,
  SeedError,
  validateSeed,
  type PlannedEvidence,
  type SeedPlan,
} from "@/prisma/seed/validate";
import { amountParser, findAmountText } from "./amount-text";
import { Review, type ReviewedDeal } from "./review";
import { slugify, uniqueSlug } from "./slug";
import { IngestLanguage, type CandidateEvidence } from "./types";

// Turns a review into the seed's own shape and runs the seed's validation on it, so an accepted
// ingest obeys exactly the rules the curated data does (verbatim quotes, figures that parse to
// their values, a date and parties for every deal, a USD equivalent for other currencies).

export interface CompanyInfo {
  id: number;
  slug: string;
  name: string;
  aliases: string[];
}

export interface MatchedEvidence {
  dealId: number;
  dealSlug: string;
  evidence: CandidateEvidence;
  figure: EvidenceSeed["figure"];
  /** A non-dollar figure's USD equivalent, at the stored rate of the article's day (as the seed's). */
  usd: PlannedEvidence["usd"];
}

export interface AcceptPlan {
  review: Review;
  articleSlug: string;
  plan: SeedPlan;
  /** Existing companies the new deals name, by slug. */
  existing: Map<string, CompanyInfo>;
  matched: MatchedEvidence[];
  /** Party names as written that are not yet a name or alias of their company. */
  newAliases: { company: string; alias: string }[];
}

const badReview = (message: string, issues: ParamIssue[]) => new InvalidInputError(message, issues);

export async function planAccept(db: PrismaClient, ingest: Ingest, raw: unknown): Promise<AcceptPlan> {
  const parsed = Review.safeParse(raw);
  if (!parsed.success) {
    throw badReview(
      "Invalid review",
      parsed.error.issues.map((i) => ({ param: i.path.join(".") || "body", message: i.message })),
    );
  }
  const review = parsed.data;
  const text = ingest.text;
  const lang = IngestLanguage.parse(ingest.language);
  const parse = amountParser(lang);

  // Offsets are checked as given: the seed's validation finds a quote by search, the page by offset.
  const offsetIssues = review.deals.flatMap((d, i) =>
    d.evidence.flatMap((e, j) =>
      text.slice(e.start, e.end) === e.quote && e.end > e.start
        ? []
        : [{ param: `deals.${i}.evidence.${j}`, message: `the quote does not occur verbatim at ${e.start}-${e.end}` }],
    ),
  );
  if (offsetIssues.length) throw badReview("A quote is not in the article where it says", offsetIssues);

  const newSlugs = new Set(review.newCompanies.map((c) => c.slug));
  const named = [...new Set(review.deals.flatMap((d) => d.parties.map((p) => p.company)))];
  const rows = await db.company.findMany({
    where: { slug: { in: [...named, ...newSlugs] } },
    select: { id: true, slug: true, name: true, country: true, kind: true, aliases: { select: { alias: true } } },
  });
  const taken = rows.filter((r) => newSlugs.has(r.slug));
  if (taken.length) {
    throw badReview(
      "A new company's slug is taken",
      taken.map((r) => ({ param: "newCompanies", message: `${r.slug} is already ${r.name}; pick it instead` })),
    );
  }
  const existing = new Map(rows.map((r) => [r.slug, { ...r, aliases: r.aliases.map((a) => a.alias) }]));

  const matchSlugs = review.deals.flatMap((d) => (d.matches ? [d.matches] : []));
  const matchRows = await db.deal.findMany({ where: { slug: { in: matchSlugs } }, select: { id: true, slug: true } });
  const matchIds = new Map(matchRows.map((d) => [d.slug, d.id]));
  const missing = matchSlugs.filter((s) => !matchIds.has(s));
  if (missing.length) {
    throw badReview(
      "A matched deal does not exist",
      missing.map((s) => ({ param: "matches", message: `no deal ${s}` })),
    );
  }

  const articleSlug = await freeSlug(db, "article", slugify(ingest.title));
  const dealSlugs = new Set<string>();
  const newDeals: DealSeed[] = [];
  for (const [i, deal] of review.deals.entries()) {
    if (deal.matches) continue;
    if (
      deal.amount !== null &&
      deal.currency !== null &&
      deal.valueKind !== null &&
      !valueFigure(deal, deal.evidence, lang)
    ) {
      throw badReview("A value is not in its quotes", [
        { param: `deals.${i}.amount`, message: `no quote of "${deal.title}" states ${deal.amount} ${deal.currency}` },
      ]);
    }
    const slug = uniqueSlug(await freeSlug(db, "deal", slugify(deal.title)), (s) => dealSlugs.has(s));
    dealSlugs.add(slug);
    newDeals.push(dealSeed(deal, slug, articleSlug, ingest, lang, existing, review));
  }

  const input: SeedData = {
    articles: [
      {
        slug: articleSlug,
        file: `ingest-${ingest.id}.txt`,
        title: ingest.title,
        publishedOn: partialDateText(ingest.publishedOn, ingest.publishedPrecision as Precision),
        language: IngestLanguage.parse(ingest.language),
      },
    ],
    companies: [
      ...rows.map((r) => ({
        slug: r.slug,
        name: r.name,
        aliases: [],
        kind: r.kind as never,
        ...(r.country ? { country: r.country } : {}),
      })),
      ...review.newCompanies,
    ],
    deals: newDeals,
    events: [],
    // The stored exchange rates, so a non-dollar value is converted at its article's day as the
    // seed's are (and refused, naming the day, when no rate for it is stored).
    fxRates: (await db.fxRate.findMany()).map((r) => ({
      currency: r.currency,
      date: isoDay(r.date),
      usdPerUnit: r.usdPerUnit,
      source: r.source,
      sourceUrl: r.sourceUrl,
      ...(r.note ? { note: r.note } : {}),
    })),
  };
  let plan: SeedPlan;
  try {
    plan = validateSeed(input, () => text, parse);
  } catch (error) {
    if (error instanceof SeedError) {
      throw badReview(
        "The review breaks the data rules",
        error.problems.map((message) => ({ param: "review", message })),
      );
    }
    throw error;
  }

  const matched: MatchedEvidence[] = [];
  const matchProblems: string[] = [];
  for (const deal of review.deals.filter((d) => d.matches)) {
    const slug = deal.matches!;
    deal.evidence.forEach((evidence, n) => {
      const figure = n === 0 ? valueFigure(deal, [evidence], lang) : undefined;
      if (figure) {
        const seed = {
          key: "value",
          article: articleSlug,
          quote: evidence.quote,
          claim: "value" as const,
          label: "",
          gloss: glossOf(evidence.quote, lang),
        };
        matchProblems.push(...checkFigure(`deal ${slug} › second source`, { ...seed, figure }, parse));
      }
      const usd = figureUsd(plan, `deal ${slug} › second source`, figure, articleSlug, matchProblems);
      matched.push({ dealId: matchIds.get(slug)!, dealSlug: slug, evidence, figure, usd });
    });
  }
  if (matchProblems.length) {
    throw badReview(
      "The review breaks the data rules",
      matchProblems.map((message) => ({ param: "review", message })),
    );
  }

  const newAliases = review.deals.flatMap((d) =>
    d.parties.flatMap((p) => {
      const company = existing.get(p.company) ?? review.newCompanies.find((c) => c.slug === p.company);
      if (!p.name || !company || company.name === p.name || company.aliases.includes(p.name)) return [];
      return [{ company: p.company, alias: p.name }];
    }),
  );
  const uniqueAliases = [...new Map(newAliases.map((a) => [`${a.company}\0${a.alias}`, a])).values()];
  return { review, articleSlug, plan, existing, matched, newAliases: uniqueAliases };
}

function dealSeed(
  deal: ReviewedDeal,
  slug: string,
  article: string,
  ingest: Ingest,
  lang: IngestLanguage,
  existing: Map<string, CompanyInfo>,
  review: Review,
): DealSeed {
  const evidence: EvidenceSeed[] = [];
  const quotes = deal.evidence;
  const figure = valueFigure(deal, quotes, lang);
  const valueQuote = figure ? quotes.find((q) => q.quote.includes(figure.text))! : quotes[0]!;
  if (deal.amount !== null) {
    evidence.push({
      key: "value",
      article,
      quote: valueQuote.quote,
      claim: "value",
      label: "Headline value",
      gloss: glossOf(valueQuote.quote, lang),
      figure,
    });
  }
  evidence.push({
    key: "date",
    article,
    quote: valueQuote.quote,
    claim: "date",
    label: deal.announcedOn ? `Dated ${deal.announcedOn}` : "Reported on the day of publication",
    gloss: glossOf(valueQuote.quote, lang),
  });
  quotes.forEach((q, n) => {
    if (q !== valueQuote)
      evidence.push({
        key: `quote-${n + 1}`,
        article,
        quote: q.quote,
        claim: "statement",
        label: "Source passage",
        gloss: glossOf(q.quote, lang),
      });
  });
  const nameOf = (company: string) =>
    existing.get(company) ?? review.newCompanies.find((c) => c.slug === company) ?? { name: company, aliases: [] };
  return {
    slug,
    title: deal.title,
    kind: deal.kind,
    status: deal.status,
    announced: deal.announcedOn ?? partialDateText(ingest.publishedOn, ingest.publishedPrecision as Precision),
    announcedBasis: deal.announcedOn ? "stated" : "reported",
    summary: deal.summary,
    ...(deal.amount !== null
      ? {
          value: {
            amount: deal.amount,
            currency: deal.currency ?? "",
            kind: deal.valueKind as never,
            ...(deal.usd !== null && deal.currency !== "USD" ? { usd: deal.usd } : {}),
          },
        }
      : {}),
    parties: deal.parties.map((p) => {
      const company = nameOf(p.company);
      const names = [p.name, company.name, ...company.aliases]
        .filter((n): n is string => !!n)
        .map((n) => n.toLowerCase());
      const quote = quotes.find((q) => names.some((n) => q.quote.toLowerCase().includes(n))) ?? quotes[0]!;
      return {
        company: p.company,
        role: p.role,
        evidence: [
          {
            key: `party-${p.company}-${p.role.replace(/_/g, "-")}`,
            article,
            quote: quote.quote,
            claim: "party",
            label: `${company.name}: ${PARTY_ROLES[p.role]}`,
            gloss: glossOf(quote.quote, lang),
          },
        ],
      };
    }),
    evidence,
  };
}

/** The value's figure as its quote writes it, or undefined when no quote states the amount (the seed's checks then say so). */
/**
 * The English gloss the seed's rules ask of every quote: an English quote is its own; a Dutch one
 * is marked as not glossed yet, since the extractor does not translate.
 */
function glossOf(quote: string, lang: IngestLanguage): string {
  return lang === "en" ? quote : "No English gloss yet: this Dutch sentence was added through ingest.";
}

function valueFigure(deal: ReviewedDeal, quotes: CandidateEvidence[], lang: IngestLanguage): EvidenceSeed["figure"] {
  if (deal.amount === null || deal.currency === null || deal.valueKind === null) return undefined;
  for (const q of quotes) {
    const found = findAmountText(q.quote, deal.amount, deal.currency, lang);
    if (!found) continue;
    return {
      text: found.text,
      amount: deal.amount,
      ...(found.high ? { high: found.high } : {}),
      unit: deal.currency,
      ...(found.unitImplied ? { unitImplied: true } : {}),
      ...(found.qualifier ? { qualifier: found.qualifier } : {}),
      kind: deal.valueKind,
    };
  }
  return undefined;
}

async function freeSlug(db: PrismaClient, model: "article" | "deal", base: string): Promise<string> {
  const rows =
    model === "article"
      ? await db.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })
      : await db.deal.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const used = new Set(rows.map((r) => r.slug));
  return uniqueSlug(base, (s) => used.has(s));
}
