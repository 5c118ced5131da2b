-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "announcedOn" DATETIME NOT NULL,
    "announcedPrecision" TEXT NOT NULL,
    "announcedBasis" TEXT NOT NULL,
    "termYears" INTEGER,
    "termStart" DATETIME,
    "termEnd" DATETIME,
    "termNote" TEXT,
    "valueMinor" BIGINT,
    "valueCurrency" TEXT,
    "valueKind" TEXT,
    "valueUsdMinor" BIGINT,
    "summary" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Deal" ("announcedBasis", "announcedOn", "announcedPrecision", "id", "kind", "slug", "status", "summary", "termEnd", "termNote", "termStart", "termYears", "title", "valueCurrency", "valueKind", "valueMinor", "valueUsdMinor") SELECT "announcedBasis", "announcedOn", "announcedPrecision", "id", "kind", "slug", "status", "summary", "termEnd", "termNote", "termStart", "termYears", "title", "valueCurrency", "valueKind", "valueMinor", "valueUsdMinor" FROM "Deal";
DROP TABLE "Deal";
ALTER TABLE "new_Deal" RENAME TO "Deal";
CREATE UNIQUE INDEX "Deal_slug_key" ON "Deal"("slug");
CREATE INDEX "Deal_announcedOn_idx" ON "Deal"("announcedOn");
CREATE INDEX "Deal_valueUsdMinor_idx" ON "Deal"("valueUsdMinor");
CREATE INDEX "Deal_kind_idx" ON "Deal"("kind");
CREATE TABLE "new_Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "occurredOn" DATETIME NOT NULL,
    "occurredPrecision" TEXT NOT NULL,
    "occurredBasis" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Event" ("id", "kind", "occurredBasis", "occurredOn", "occurredPrecision", "slug", "summary", "title") SELECT "id", "kind", "occurredBasis", "occurredOn", "occurredPrecision", "slug", "summary", "title" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_occurredOn_idx" ON "Event"("occurredOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
