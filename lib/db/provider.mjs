// @ts-check
// DATABASE_URL decides the engine: file:... is the embedded SQLite file, postgresql://... a server.
// Plain ESM, so the node scripts and the Prisma and Playwright configs tell them apart the same way.

/** @typedef {"sqlite" | "postgresql"} DatabaseProvider */

export const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** @param {string} url @returns {DatabaseProvider} */
export function databaseProvider(url) {
  return POSTGRES_URL.test(url) ? "postgresql" : "sqlite";
}
