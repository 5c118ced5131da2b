import { getCompany } from "@/lib/companies/queries";
import { COMPANY_KINDS } from "@/lib/domain";
import { OG_SIZE, ogImage } from "@/lib/export/og-image";
import { formatCount } from "@/lib/format";
import { orNotFound } from "@/lib/pages";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The company and how many deals it is party to";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const company = await orNotFound(getCompany((await params).slug, { limit: 3 }));
  return ogImage({
    kicker: COMPANY_KINDS[company.kind],
    title: company.name,
    lines: [
      `${formatCount(company.dealCount)} ${company.dealCount === 1 ? "deal" : "deals"}`,
      ...company.deals.slice(0, 3).map((d) => d.title),
    ],
  });
}
