// The six representative filters of GET /api/deals the benchmark times, and the pages.
// The company is one of the big names (about 7% of synthetic deals), not the biggest.

export const BENCH_COMPANY = "amd";

export const API_SCENARIOS: readonly { name: string; query: string }[] = [
  { name: "one company", query: `company=${BENCH_COMPANY}` },
  { name: "date range", query: "from=2021-03&to=2021-08" },
  { name: "minUsd", query: "minUsd=1000000000" },
  { name: "text q", query: "q=blackwell" },
  { name: "sort by value", query: "sort=-valueUsd" },
  {
    name: "all combined",
    query: `company=${BENCH_COMPANY}&from=2019&to=2023-06&minUsd=100000000&q=chips&sort=-valueUsd`,
  },
];

/** Pages whose time to first byte has a goal; `/` is timed too, for information. */
export const PAGES: readonly { path: string; goal: boolean }[] = [
  { path: "/deals", goal: true },
  { path: `/deals?company=${BENCH_COMPANY}`, goal: true },
  { path: "/timeline", goal: true },
  { path: "/network", goal: false },
  { path: "/", goal: false },
  { path: "/compare", goal: true },
  { path: "/api/stats", goal: true },
  { path: `/companies/${BENCH_COMPANY}`, goal: true },
];
