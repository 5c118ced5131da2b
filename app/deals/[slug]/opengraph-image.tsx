import { getDeal } from "@/lib/deals/queries";
import { dealDateText, dealPartiesText, dealValueText } from "@/lib/deals/headline-source";
import { DEAL_KINDS } from "@/lib/domain";
import { OG_SIZE, ogImage } from "@/lib/export/og-image";
import { plain } from "@/lib/export/svg-doc";
import { orNotFound } from "@/lib/pages";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "The deal, its value and its parties";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const deal = await orNotFound(getDeal((await params).slug));
  return ogImage({
    kicker: `${DEAL_KINDS[deal.kind]} · ${dealDateText(deal)}`,
    title: deal.title,
    lines: [plain(dealValueText(deal)), dealPartiesText(deal)],
  });
}
