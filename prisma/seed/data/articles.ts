import type { ArticleSeed } from "../schema";

// The five source articles. Texts live byte for byte in prisma/seed/articles/; the title is
// the article's own headline or, where it has none, its opening line.
export const articles: ArticleSeed[] = [
  {
    slug: "samsung-wins-tesla-ai6-chip-order",
    file: "2025-07_samsung-wins-tesla-ai6-chip-order.nl.txt",
    title: "Dus roept Elon hulp in. Want ‘samen is niet alleen’…",
    publishedOn: "2025-07",
    language: "nl",
  },
  {
    slug: "nvidia-us-ai-infrastructure-build-out",
    file: "2025-04_nvidia-us-ai-infrastructure-build-out.nl.txt",
    title: "Nvidia breidt zijn productiecapaciteit in de Verenigde Staten agressief uit",
    publishedOn: "2025-04",
    language: "nl",
  },
  {
    slug: "xai-merges-into-spacex",
    file: "2026-02-08_xai-merges-into-spacex.nl.txt",
    title: "Elon Musk heeft aangekondigd dat zijn AI-startup xAI zal fuseren met SpaceX: vijf belangrijke vragen",
    publishedOn: "2026-02-08",
    language: "nl",
    citedSource: "Bloomberg",
  },
  {
    slug: "tesla-ends-model-s-and-x",
    file: "2026-01-29_tesla-ends-model-s-and-x.nl.txt",
    title: "De feiten: Tesla stopt productie Model S en Model X en verlegt focus",
    publishedOn: "2026-01-29",
    language: "nl",
    citedSource: "Tesla, ANP",
  },
  {
    slug: "meta-buys-amd-ai-chips",
    file: "2026-02-24_meta-buys-amd-ai-chips.nl.txt",
    title: "Meta investeert tot 100 miljard dollar in AMD AI-chips voor eigen superintelligentie",
    publishedOn: "2026-02-24",
    language: "nl",
    citedSource: "The Information",
  },
];
