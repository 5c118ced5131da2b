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
 * The text indexes of the searchText columns (lib/deals/filter-sql.ts textConditions): an FTS5
 * table with the trigram tokenizer per table on SQLite, kept by triggers ("external content": it
 * holds the index only), a pg_trgm GIN index on PostgreSQL. Both match substrings of three
 * characters or more exactly as LIKE does. Events (5,000 beside 100,000 deals in the benchmark)
 * are searched without one. See docs/decisions/0007-text-search.md.
 */
export const SEARCH_INDEXES = [{ table: "Deal", index: "DealSearch" }];

/**
 * Each deal's CSV line in both dialects (lib/deals/export-rows.ts), so exporting 100,000 deals
 * reads one stored line a deal instead of joining its parties, chips, locations and sources and
 * formatting them (SQLite only; PostgreSQL exports by the joins). Derived data, so it is not
 * among VERSIONED_TABLES: filling it changes no answer. Triggers delete a deal's line, in the
 * writing transaction, whenever anything it is made of changes; a deal without a line is
 * exported by the joins and its line written again by fillExportRows.
 */
export const EXPORT_TABLE = "DealExport";

/**
 * Each deal's DealDto as the API's JSON, and the text's SHA-1 (a page's ETag is made of them),
 * kept and read as EXPORT_TABLE is (a page of the API reads 50 stored texts), by the same triggers. A table of its own: 3.5 KB a deal beside a line's
 * 0.7 KB would spread the lines over four times the pages, and the export reads them all.
 */
export const JSON_TABLE = "DealJson";

/**
 * The columns of each stored table, in order; a table of other columns (an older version's) is dropped and filled again.
 * @type {Record<string, string[]>}
 */
const STORED_COLUMNS = {
  [EXPORT_TABLE]: ["dealId", "rfc4180", "excelNl"],
  [JSON_TABLE]: ["dealId", "json", "hash"],
};
/** The stored tables of derived rows, each deal's. */
export const STORED_TABLES = Object.keys(STORED_COLUMNS);

/**
 * One row: a hash of the code that writes the STORED_TABLES' rows, as it was when they were written.
 * scripts/db-migrate.mjs drops every row when EXPORT_FORMAT_FILES hash otherwise (a new version
 * of the code may write a deal's line or JSON differently), as it does after a migration.
 */
export const EXPORT_FORMAT_TABLE = "DealExportFormat";

/** The files whose code decides what a stored row says, from the project's folder. */
export const EXPORT_FORMAT_FILES = [
  "lib/deals/export-rows.ts",
  "lib/deals/csv-format.ts",
  "lib/deals/deal-rows.ts",
  "lib/deals/dto.ts",
  "lib/json-text.ts",
  "lib/dates/partial-date.ts",
  "lib/amounts/decimal.ts",
  "lib/articles/citation.ts",
  "lib/fx/dto.ts",
  "lib/db/nested-rows.ts",
  "prisma/derived/objects.mjs",
  // The libraries' versions: csv-stringify writes the lines, Prisma's adapter types the rows read.
  "package-lock.json",
];

/** What a deal's line is made of: the tables with a "dealId", and the rows they name. */
const EXPORT_SOURCES = ["DealParty", "DealChip", "DealLocation", "Evidence"];

/**
 * Whether a table or index of a migrated database is one of these objects rather than the
 * schema's (prisma/migrations.test.ts compares the rest with the schema).
 * @param {string} name
 */
export function isDerivedObject(name) {
  return (
    STORED_TABLES.includes(name) ||
    name === EXPORT_FORMAT_TABLE ||
    SEARCH_INDEXES.some(({ index }) => name === index || name.startsWith(`${index}_`))
  );
}

/** @returns {string[]} the SQLite tables of stored rows and the triggers that drop stale ones */
function exportStatements() {
  /** @param {string} ids */
  const drop = (ids) => STORED_TABLES.map((table) => `DELETE FROM "${table}" WHERE "dealId" IN (${ids});`).join(" ");
  /** @param {string} name @param {string} event @param {string} table @param {string} body */
  const trigger = (name, event, table, body) =>
    `CREATE TRIGGER IF NOT EXISTS "${table}_export_${name}" AFTER ${event} ON "${table}" BEGIN ${body} END`;
  return [
    `CREATE TABLE IF NOT EXISTS "${EXPORT_TABLE}" ("dealId" INTEGER NOT NULL PRIMARY KEY, "rfc4180" TEXT NOT NULL, "excelNl" TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS "${JSON_TABLE}" ("dealId" INTEGER NOT NULL PRIMARY KEY, "json" TEXT NOT NULL, "hash" TEXT NOT NULL)`,
    `CREATE TABLE IF NOT EXISTS "${EXPORT_FORMAT_TABLE}" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "format" TEXT NOT NULL)`,
    trigger("update", "UPDATE", "Deal", drop(`old."id", new."id"`)),
    trigger("delete", "DELETE", "Deal", drop(`old."id"`)),
    ...EXPORT_SOURCES.flatMap((table) => [
      trigger("insert", "INSERT", table, drop(`new."dealId"`)),
      trigger("update", "UPDATE", table, drop(`old."dealId", new."dealId"`)),
      trigger("delete", "DELETE", table, drop(`old."dealId"`)),
    ]),
    // A party's company and an evidence's article lend their name and slug to the line.
    trigger(
      "update",
      "UPDATE",
      "Company",
      drop(`SELECT "dealId" FROM "DealParty" WHERE "companyId" IN (old."id", new."id")`),
    ),
    trigger(
      "update",
      "UPDATE",
      "Article",
      drop(`SELECT "dealId" FROM "Evidence" WHERE "articleId" IN (old."id", new."id") AND "dealId" IS NOT NULL`),
    ),
    // A deal's DTO shows the exchange rates of its value and its sources' figures.
    ...["UPDATE", "DELETE"].map((event) =>
      trigger(
        event.toLowerCase(),
        event,
        "FxRate",
        drop(
          `SELECT "id" FROM "Deal" WHERE "valueFxRateId" = old."id" UNION SELECT "dealId" FROM "Evidence" WHERE "fxRateId" = old."id" AND "dealId" IS NOT NULL`,
        ),
      ),
    ),
  ];
}

/**
 * Statements that drop the export's triggers, run by every db:migrate before any migration:
 * the triggers on Company and Article name DealParty and Evidence, and SQLite refuses the rename
 * that ends Prisma's rewrite of a table ("no such table: main.Evidence") while a trigger names a
 * table that is gone; and a trigger of an older version would go on dropping what that version
 * stored. derivedStatements creates them again after the migrations.
 * @param {"sqlite" | "postgresql"} provider
 * @returns {string[]}
 */
export function exportTriggerDropStatements(provider) {
  if (provider !== "sqlite") return [];
  return exportStatements()
    .map((statement) => /CREATE TRIGGER IF NOT EXISTS ("[^"]+")/.exec(statement)?.[1])
    .filter((name) => name !== undefined)
    .map((name) => `DROP TRIGGER IF EXISTS ${name}`);
}

/**
 * The statement that drops a stored table whose columns are an older version's, so that
 * derivedStatements creates it anew, empty (its rows are filled again as after a migration).
 * @param {string} table one of STORED_TABLES
 * @param {string[]} columns the table's columns now, in order; none when it does not exist
 * @returns {string[]}
 */
export function storedTableUpgradeStatements(table, columns) {
  const expected = STORED_COLUMNS[table] ?? [];
  return columns.length && columns.join() !== expected.join() ? [`DROP TABLE "${table}"`] : [];
}

/**
 * Statements that drop every stored CSV line and JSON: after a migration, which may have changed
 * what a row is made of (or rewritten a table without its triggers), and after a change to the
 * code that writes them.
 * @param {"sqlite" | "postgresql"} provider
 * @returns {string[]}
 */
export function exportResetStatements(provider) {
  return provider === "sqlite" ? STORED_TABLES.map((table) => `DELETE FROM "${table}"`) : [];
}

/**
 * The statements that fill the SQLite text indexes from their tables: run when an index is new
 * and after a migration, which may have rewritten a table without its triggers.
 * @param {"sqlite" | "postgresql"} provider
 * @returns {string[]}
 */
export function searchRebuildStatements(provider) {
  if (provider !== "sqlite") return [];
  return SEARCH_INDEXES.map(({ index }) => `INSERT INTO "${index}"("${index}") VALUES ('rebuild')`);
}

/** @param {"sqlite" | "postgresql"} provider @returns {string[]} */
function searchStatements(provider) {
  if (provider === "postgresql") {
    return [
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
      ...SEARCH_INDEXES.map(
        ({ table, index }) =>
          `CREATE INDEX IF NOT EXISTS "${index}_trgm" ON "${table}" USING gin ("searchText" gin_trgm_ops)`,
      ),
    ];
  }
  return SEARCH_INDEXES.flatMap(({ table, index }) => {
    const add = `INSERT INTO "${index}"(rowid, "searchText") VALUES (new."id", new."searchText");`;
    const remove = `INSERT INTO "${index}"("${index}", rowid, "searchText") VALUES ('delete', old."id", old."searchText");`;
    return [
      `CREATE VIRTUAL TABLE IF NOT EXISTS "${index}" USING fts5("searchText", content="${table}", content_rowid="id", tokenize="trigram case_sensitive 1")`,
      `CREATE TRIGGER IF NOT EXISTS "${table}_search_insert" AFTER INSERT ON "${table}" BEGIN ${add} END`,
      `CREATE TRIGGER IF NOT EXISTS "${table}_search_delete" AFTER DELETE ON "${table}" BEGIN ${remove} END`,
      `CREATE TRIGGER IF NOT EXISTS "${table}_search_update" AFTER UPDATE OF "id", "searchText" ON "${table}" BEGIN ${remove} ${add} END`,
    ];
  });
}

/**
 * The statements for `provider`: the text indexes (SEARCH_INDEXES), the CSV lines (EXPORT_TABLE, SQLite), the DataVersion row, and triggers that give it a new random
 * token after any insert, update or delete of any other table (and TRUNCATE on PostgreSQL).
 * @param {"sqlite" | "postgresql"} provider
 * @returns {string[]}
 */
export function derivedStatements(provider) {
  if (provider === "sqlite") {
    const bump = `UPDATE "DataVersion" SET "token" = lower(hex(randomblob(12))) WHERE "id" = 1;`;
    return [
      ...searchStatements(provider),
      ...exportStatements(),
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
    ...searchStatements(provider),
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
