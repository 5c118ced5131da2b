/** The ADMIN_TOKEN the e2e server runs with (playwright.config.ts), so ingest is on there. */
export const E2E_ADMIN_TOKEN = "e2e-admin-token-0123456789";
