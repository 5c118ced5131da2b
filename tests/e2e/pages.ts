// Every page of the dashboard, with a seeded example for each dynamic route.
export const PAGES = [
  { name: "overview", path: "/" },
  { name: "timeline", path: "/timeline" },
  { name: "deals", path: "/deals" },
  { name: "deals-filtered", path: "/deals?company=tesla&sort=-valueUsd" },
  { name: "deals-empty", path: "/deals?q=no-such-deal" },
  {
    name: "compare",
    path: "/compare?deal=tesla-samsung-ai6-foundry&deal=nvidia-us-ai-infrastructure&deal=spacex-xai-merger&deal=meta-amd-instinct",
  },
  { name: "deal", path: "/deals/tesla-samsung-ai6-foundry" },
  { name: "company", path: "/companies/tesla" },
  { name: "article", path: "/articles/samsung-wins-tesla-ai6-chip-order#deal--tesla-samsung-ai6-foundry--value" },
  { name: "article-front-matter", path: "/articles/meta-buys-amd-ai-chips" },
  { name: "deal-shared-sentences", path: "/deals/nvidia-us-ai-infrastructure" },
  { name: "not-found", path: "/deals/no-such-deal" },
] as const;
