// Every route the browser and the fuzz visit. Pages are listed once, in pages.ts.
import { PAGES } from "./pages";

/** Every page of tests/e2e/pages.ts (one list), without its #anchor. */
export const PAGE_PATHS = [...new Set(PAGES.map((p) => p.path.replace(/#.*$/, "")))];

/** Page routes with a slug, for the slug fuzz: a random slug must give 200 or 404. */
export const PAGE_SLUG_BASES = ["/deals/", "/companies/", "/articles/"] as const;

export const API_PATHS = [
  "/api/deals",
  "/api/events",
  "/api/timeline",
  "/api/stats",
  "/api/companies",
  "/api/deals.csv",
  "/api/openapi.json",
] as const;

export const API_SLUG_BASES = ["/api/deals/", "/api/companies/", "/api/articles/"] as const;
