// @ts-check
// Database objects Prisma's schema cannot describe, created after the migrations by
// scripts/db-migrate.mjs on every run (each statement is idempotent). They live here rather than
// in a migration because a SQLite migration that redefines a table drops that table's triggers:
// re-creating them after every migrate keeps them whatever a later migration does.

/** Every table of prisma/schema.prisma but DataVersion; prisma/derived/objects.test.ts checks the list. */
export const VERSIONED_TABLES = [
  "Article",
  "AuditEntry",
  "Company",
  "CompanyAlias",
  "Deal",
  "DealChip",
  "DealLocation",
  "DealParty",
  "Event",
  "EventCompany",
  "Evidence",
  "FxRate",
  "Ingest",
];

/**
 * The statements for `provider`: the DataVersion row, and triggers that give it a new random
 * token after any insert, update or delete of any other table (and TRUNCATE on PostgreSQL).
 * @param {"sqlite" | "postgresql"} provider
 * @returns {string[]}
 */
export function derivedStatements(provider) {
  if (provider === "sqlite") {
    const bump = `UPDATE "DataVersion" SET "token" = lower(hex(randomblob(12))) WHERE "id" = 1;`;
    return [
      `INSERT INTO "DataVersion" ("id", "token") VALUES (1, lower(hex(randomblob(12)))) ON CONFLICT DO NOTHING`,
      ...VERSIONED_TABLES.flatMap((table) =>
        ["INSERT", "UPDATE", "DELETE"].map(
          (event) =>
            `CREATE TRIGGER IF NOT EXISTS "${table}_data_version_${event.toLowerCase()}" AFTER ${event} ON "${table}" BEGIN ${bump} END`,
        ),
      ),
    ];
  }
  return [
    `INSERT INTO "DataVersion" ("id", "token") VALUES (1, md5(random()::text || clock_timestamp()::text)) ON CONFLICT DO NOTHING`,
    `CREATE OR REPLACE FUNCTION chip_deals_new_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "token" = md5(random()::text || clock_timestamp()::text) WHERE "id" = 1;
  RETURN NULL;
END $$`,
    ...VERSIONED_TABLES.map(
      (table) =>
        `CREATE OR REPLACE TRIGGER "${table}_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION chip_deals_new_data_version()`,
    ),
  ];
}
