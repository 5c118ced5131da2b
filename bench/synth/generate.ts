import type { Prisma } from "@/lib/generated/prisma/client";
import type { PartyRole } from "@/lib/domain";
import { eventSearchText } from "@/lib/search";
import { companyRows, synthCompanies, type SynthCompany } from "./companies";
import { randomPeriod, synthDeal, type DealDraft, type Period } from "./deal";
import { createRng, zipfSampler, type Rng } from "./prng";
import { CHIPS, EVENT_TEMPLATES } from "./vocabulary";

/** Every synthetic row has this updatedAt, so the same seed gives byte-identical rows. */
export const SYNTH_UPDATED_AT = new Date("2026-11-23T00:00:00.000Z");

export interface SynthOptions {
  deals: number;
  seed: number;
  /** A few hundred by default. */
  companies?: number;
  /** Deals generated (and written) per chunk, so memory stays flat at any size. Part of the seed: another chunk size gives other rows. */
  chunkSize?: number;
}

export interface SynthChunk {
  articles: Prisma.ArticleCreateManyInput[];
  deals: Prisma.DealCreateManyInput[];
  parties: Prisma.DealPartyCreateManyInput[];
  chips: Prisma.DealChipCreateManyInput[];
  locations: Prisma.DealLocationCreateManyInput[];
  events: Prisma.EventCreateManyInput[];
  eventCompanies: Prisma.EventCompanyCreateManyInput[];
  evidence: Prisma.EvidenceCreateManyInput[];
}

export interface Synth {
  companies: Prisma.CompanyCreateManyInput[];
  aliases: Prisma.CompanyAliasCreateManyInput[];
  /** Lazily generated; ids run on from chunk to chunk. Consume once, in order. */
  chunks: Generator<SynthChunk>;
}

export const DEFAULT_COMPANIES = 300;
export const DEFAULT_CHUNK_SIZE = 1000;
const DEALS_PER_ARTICLE = 25;
const DEALS_PER_EVENT = 20;
const CITED_SOURCES = [null, null, "Bloomberg", "Reuters", "The Information", "ANP", "Nikkei"];
const FOUNDRY_ROLES: ReadonlySet<PartyRole> = new Set(["foundry"]);
const INVESTOR_ROLES: ReadonlySet<PartyRole> = new Set(["investor"]);

/** Deterministic synthetic data: the same options give the same rows, ids included. */
export function synthesize(options: SynthOptions): Synth {
  const rng = createRng(options.seed);
  const companies = synthCompanies(rng, options.companies ?? DEFAULT_COMPANIES);
  const { rows, aliases } = companyRows(rng, companies, SYNTH_UPDATED_AT);
  return { companies: rows, aliases, chunks: generateChunks(rng, companies, options) };
}

/** Parties drawn Zipf-like by rank; a foundry role goes to a foundry, an investor mostly to investors. */
function companyPicker(rng: Rng, companies: SynthCompany[]) {
  const pool = (kinds: string[]) => companies.filter((c) => kinds.includes(c.kind));
  const pools = [
    { roles: FOUNDRY_ROLES, companies: pool(["foundry"]) },
    { roles: INVESTOR_ROLES, companies: pool(["investor", "bank", "hyperscaler", "chip_designer"]) },
  ].map((p) => ({ ...p, draw: zipfSampler(p.companies.length, 0.8) }));
  const all = zipfSampler(companies.length, 0.75);
  return (role: PartyRole): SynthCompany => {
    const special = pools.find((p) => p.roles.has(role) && p.companies.length);
    if (special && rng.chance(0.85)) return special.companies[special.draw(rng)]!;
    return companies[all(rng)]!;
  };
}

interface EventDraft {
  row: Omit<Prisma.EventCreateManyInput, "id" | "updatedAt">;
  companies: number[];
  periodEnd: Date;
  sentences: string[];
}

function synthEvent(rng: Rng, id: number, companies: SynthCompany[], draw: (rng: Rng) => number): EventDraft {
  const [kind, title, sentence] = rng.pick(EVENT_TEMPLATES);
  const involved = rng.distinct(rng.int(1, 3), () => companies[draw(rng)]!);
  const chip = rng.pick(CHIPS);
  const fill = (text: string) => text.replace("{c}", involved[0]!.name).replace("{chip}", chip);
  const period: Period = randomPeriod(rng);
  const summary = `${fill(title)}.${
    involved.length > 1
      ? ` Also named: ${involved
          .slice(1)
          .map((c) => c.name)
          .join(", ")}.`
      : ""
  }`;
  return {
    row: {
      slug: `${involved[0]!.slug}-${kind.replace(/_/g, "-")}-${id}`,
      title: fill(title),
      kind,
      occurredOn: period.start,
      occurredPrecision: period.precision,
      occurredBasis: period.precision === "day" ? "stated" : "reported",
      summary,
      searchText: eventSearchText({ title: fill(title), summary, companies: involved }),
    },
    companies: involved.map((c) => c.id),
    periodEnd: period.end,
    sentences: [fill(sentence)],
  };
}

function* generateChunks(rng: Rng, companies: SynthCompany[], options: SynthOptions): Generator<SynthChunk> {
  const pickCompany = companyPicker(rng, companies);
  const drawAny = zipfSampler(companies.length, 0.75);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const ids = { article: 0, party: 0, chip: 0, location: 0, event: 0, evidence: 0 };
  const updatedAt = SYNTH_UPDATED_AT;

  for (let first = 1; first <= options.deals; first += chunkSize) {
    const last = Math.min(options.deals, first + chunkSize - 1);
    const chunk: SynthChunk = {
      articles: [],
      deals: [],
      parties: [],
      chips: [],
      locations: [],
      events: [],
      eventCompanies: [],
      evidence: [],
    };
    const deals: { id: number; draft: DealDraft }[] = [];
    for (let id = first; id <= last; id++) deals.push({ id, draft: synthDeal(rng, id, pickCompany) });
    const events: { id: number; draft: EventDraft }[] = [];
    for (let n = Math.round((last - first + 1) / DEALS_PER_EVENT); n > 0; n--) {
      const id = ++ids.event;
      events.push({ id, draft: synthEvent(rng, id, companies, drawAny) });
    }

    for (const { id, draft } of deals) {
      chunk.deals.push({ id, ...draft.row, updatedAt });
      for (const name of draft.chips) chunk.chips.push({ id: ++ids.chip, dealId: id, name, updatedAt });
      for (const name of draft.locations) chunk.locations.push({ id: ++ids.location, dealId: id, name, updatedAt });
    }
    for (const { id, draft } of events) {
      chunk.events.push({ id, ...draft.row, updatedAt });
      for (const companyId of draft.companies) chunk.eventCompanies.push({ eventId: id, companyId });
    }

    // Articles of DEALS_PER_ARTICLE deals each, the chunk's events shared out among them. Each
    // claim quotes a sentence of its article; its offsets are where that sentence was written.
    const articleCount = Math.ceil(deals.length / DEALS_PER_ARTICLE);
    for (let a = 0; a < articleCount; a++) {
      const articleId = ++ids.article;
      const myDeals = deals.slice(a * DEALS_PER_ARTICLE, (a + 1) * DEALS_PER_ARTICLE);
      const myEvents = events.filter((_, i) => i % articleCount === a);
      const title = myDeals[0]!.draft.sentences[0]!.replace(/(?: ter waarde van|, waarbij|, maar).*$/, "");
      let text = `${title}\n\n`;
      const place = (sentences: string[]) => {
        const at = sentences.map((s, i) => {
          const start = text.length;
          text += s + (i < sentences.length - 1 ? " " : "\n\n");
          return { quote: s, quoteStart: start, quoteEnd: start + s.length };
        });
        return at;
      };
      for (const { id: dealId, draft } of myDeals) {
        const at = place(draft.sentences);
        const partyIds = new Map<string, number>();
        for (const p of draft.parties) {
          const partyId = ++ids.party;
          partyIds.set(`${p.company}/${p.role}`, partyId);
          chunk.parties.push({ id: partyId, dealId, companyId: p.company, role: p.role, updatedAt });
        }
        for (const c of draft.claims) {
          chunk.evidence.push({
            id: ++ids.evidence,
            key: `deal/${draft.row.slug}/${c.key}`,
            articleId,
            ...at[c.sentence]!,
            claim: c.claim,
            label: c.label,
            dealId,
            partyId: c.party ? partyIds.get(`${c.party.company}/${c.party.role}`)! : null,
            amountText: c.figure?.text ?? null,
            amount: c.figure?.amount ?? null,
            unit: c.figure?.unit ?? null,
            qualifier: c.figure?.qualifier ?? null,
            figureKind: c.figure?.kind ?? null,
            updatedAt,
          });
        }
      }
      for (const { id: eventId, draft } of myEvents) {
        const [at] = place(draft.sentences);
        chunk.evidence.push({
          id: ++ids.evidence,
          key: `event/${draft.row.slug}/statement`,
          articleId,
          ...at!,
          claim: "statement",
          label: "Statement",
          eventId,
          updatedAt,
        });
      }
      const latest = Math.max(...[...myDeals, ...myEvents].map((d) => d.draft.periodEnd.getTime()));
      chunk.articles.push({
        id: articleId,
        slug: `synthetic-article-${articleId}`,
        title,
        publishedOn: new Date(latest + rng.int(0, 3) * 86_400_000),
        publishedPrecision: "day",
        language: "nl",
        citedSource: rng.pick(CITED_SOURCES),
        sourceFile: `synthetic/article-${articleId}.nl.txt`,
        text,
        updatedAt,
      });
    }
    yield chunk;
  }
}
