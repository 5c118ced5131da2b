import type { Prisma } from "@/lib/generated/prisma/client";
import { foldForSearch } from "@/lib/search";
import type { Rng } from "./prng";
import { COUNTRIES, GENERATED_KINDS, NAME_ENDINGS, NAME_STEMS, NAME_SUFFIXES, REAL_COMPANIES } from "./vocabulary";

export interface SynthCompany {
  id: number;
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
}

export function slugify(text: string): string {
  return foldForSearch(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * `count` companies: the real names of the industry first, then made-up ones ("Novachip
 * Systems", "Ångströmfab Labs") with aliases. Their order is their popularity rank.
 */
export function synthCompanies(rng: Rng, count: number): SynthCompany[] {
  const out: SynthCompany[] = [];
  const slugs = new Set<string>();
  const add = (name: string, kind: string, aliases: string[]) => {
    const slug = slugify(name);
    if (slugs.has(slug)) return;
    slugs.add(slug);
    out.push({ id: out.length + 1, slug, name, kind, aliases });
  };
  for (const [name, , kind, aliases] of REAL_COMPANIES.slice(0, count)) add(name, kind, [...aliases]);
  while (out.length < count) {
    const base = rng.pick(NAME_STEMS) + rng.pick(NAME_ENDINGS);
    const name = `${base} ${rng.pick(NAME_SUFFIXES)}`;
    const aliases = rng.chance(0.5) ? [`${name} Inc.`] : rng.chance(0.5) ? [base, `${base} Corp.`] : [];
    add(name, rng.pick(GENERATED_KINDS), aliases);
  }
  return out;
}

/** The Company and CompanyAlias rows, with their countries. */
export function companyRows(rng: Rng, companies: SynthCompany[], updatedAt: Date) {
  const realCountry = new Map(REAL_COMPANIES.map(([name, country]) => [name, country]));
  let aliasId = 0;
  const rows: Prisma.CompanyCreateManyInput[] = [];
  const aliases: Prisma.CompanyAliasCreateManyInput[] = [];
  for (const c of companies) {
    rows.push({
      id: c.id,
      slug: c.slug,
      name: c.name,
      kind: c.kind,
      country: realCountry.get(c.name) ?? rng.pick(COUNTRIES),
      updatedAt,
    });
    for (const alias of c.aliases) aliases.push({ id: ++aliasId, companyId: c.id, alias });
  }
  return { rows, aliases };
}
