import type { RetiredSeed } from "../schema";

// What earlier versions of this seed wrote and a correction removed (issue 12): the seed deletes
// exactly these rows, so a database seeded before shows the corrected data; rows added by hand
// are never touched.
export const retired: RetiredSeed = {
  // Now events: a background investment, a plan and a statement in passing, not deals.
  deals: ["samsung-texas-fab-investment", "tesla-terafab", "tesla-xai-battery-supply"],
  // Now the deal tesla-chip-supply-samsung-tsmc (a supply relationship).
  events: ["tesla-chip-sourcing"],
  // The article names MI300X only as AMD's answer to the H100.
  dealChips: ["meta-amd-instinct/MI300X"],
  // Quotes of the files' dateline or front matter, which are not article text, and the MI300X chip claim.
  evidence: [
    "deal/tesla-samsung-ai6-foundry/date",
    "event/samsung-shares-rise-on-tesla-order/date",
    "deal/nvidia-us-ai-infrastructure/date",
    "event/nvidia-mass-production-guidance/date",
    "event/nvidia-shares-after-us-build-out/date",
    "event/citi-cuts-nvidia-target/date",
    "deal/spacex-xai-merger/date",
    "deal/tesla-invests-in-xai/date",
    "deal/spacex-ipo/date",
    "event/xai-cash-burn-2025/date",
    "event/big-five-ai-data-centre-spend-2026/date",
    "event/musk-orbital-data-centre-plan/date",
    "event/tesla-optimus-consumer-sales-2027/date",
    "deal/meta-amd-instinct/date",
    "deal/meta-amd-instinct/chip-mi300x",
  ],
};
