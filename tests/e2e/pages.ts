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
  { name: "network", path: "/network" },
  { name: "network-filtered", path: "/network?company=xai&top=5" },
  { name: "data", path: "/data" },
  { name: "data-pinned-old", path: "/data?v=an-old-version" },
  { name: "deal", path: "/deals/tesla-samsung-ai6-foundry" },
  { name: "company", path: "/companies/tesla" },
  { name: "article", path: "/articles/samsung-wins-tesla-ai6-chip-order#deal--tesla-samsung-ai6-foundry--value" },
  { name: "article-front-matter", path: "/articles/meta-buys-amd-ai-chips" },
  { name: "deal-shared-sentences", path: "/deals/nvidia-us-ai-infrastructure" },
  { name: "not-found", path: "/deals/no-such-deal" },
  { name: "ingest-sign-in", path: "/ingest" },
] as const;

// Pages made to be framed by other sites: no site chrome, and a framing policy of their own
// (so they are kept out of PAGES, whose security test expects frame-ancestors 'none').
export const EMBED_PAGES = [
  { name: "embed-network", path: "/embed/network?company=xai" },
  {
    name: "embed-compare",
    path: "/embed/compare?deal=tesla-samsung-ai6-foundry&deal=meta-amd-instinct&deal=spacex-xai-merger",
  },
] as const;
