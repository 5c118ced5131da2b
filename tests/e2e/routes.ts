// Every route the browser and the fuzz visit. Add a page here when you add one under app/.

/** Pages, with a real slug for the dynamic ones. A page that does not exist yet answers 404, which is fine. */
export const PAGE_PATHS = [
  "/",
  "/deals",
  "/timeline",
  "/compare",
  "/deals/tesla-samsung-ai6-foundry",
  "/companies/tesla",
  "/articles/samsung-wins-tesla-ai6-chip-order",
] as const;

/** Page routes with a slug, for the slug fuzz: a random slug must give 200 or 404. */
export const PAGE_SLUG_BASES = ["/deals/", "/companies/", "/articles/"] as const;

export const API_PATHS = ["/api/deals", "/api/events", "/api/timeline", "/api/stats", "/api/companies", "/api/deals.csv", "/api/openapi.json"] as const;

export const API_SLUG_BASES = ["/api/deals/", "/api/companies/", "/api/articles/"] as const;
