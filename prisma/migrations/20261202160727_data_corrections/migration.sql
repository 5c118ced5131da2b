-- CreateTable
CREATE TABLE "FxRate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "currency" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "usdPerUnit" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "note" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

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
    "valueFxRateId" INTEGER,
    "summary" TEXT NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "ingestId" INTEGER,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deal_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Deal_valueFxRateId_fkey" FOREIGN KEY ("valueFxRateId") REFERENCES "FxRate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Deal" ("announcedBasis", "announcedOn", "announcedPrecision", "id", "ingestId", "kind", "searchText", "slug", "status", "summary", "termEnd", "termNote", "termStart", "termYears", "title", "updatedAt", "valueCurrency", "valueKind", "valueMinor", "valueUsdMinor") SELECT "announcedBasis", "announcedOn", "announcedPrecision", "id", "ingestId", "kind", "searchText", "slug", "status", "summary", "termEnd", "termNote", "termStart", "termYears", "title", "updatedAt", "valueCurrency", "valueKind", "valueMinor", "valueUsdMinor" FROM "Deal";
DROP TABLE "Deal";
ALTER TABLE "new_Deal" RENAME TO "Deal";
CREATE UNIQUE INDEX "Deal_slug_key" ON "Deal"("slug");
CREATE INDEX "Deal_announcedOn_idx" ON "Deal"("announcedOn");
CREATE INDEX "Deal_valueUsdMinor_idx" ON "Deal"("valueUsdMinor");
CREATE INDEX "Deal_kind_idx" ON "Deal"("kind");
CREATE INDEX "Deal_announcedOn_announcedPrecision_idx" ON "Deal"("announcedOn", "announcedPrecision");
CREATE INDEX "Deal_ingestId_idx" ON "Deal"("ingestId");
CREATE TABLE "new_Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "articleId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "claim" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "dealId" INTEGER,
    "eventId" INTEGER,
    "partyId" INTEGER,
    "amountText" TEXT,
    "amount" TEXT,
    "amountHigh" TEXT,
    "unit" TEXT,
    "unitImplied" BOOLEAN NOT NULL DEFAULT false,
    "qualifier" TEXT,
    "figureKind" TEXT,
    "figureDate" DATETIME,
    "figurePrecision" TEXT,
    "ingestId" INTEGER,
    "direction" TEXT,
    "amountUsd" TEXT,
    "fxRateId" INTEGER,
    "gloss" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "DealParty" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evidence_fxRateId_fkey" FOREIGN KEY ("fxRateId") REFERENCES "FxRate" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("amount", "amountHigh", "amountText", "articleId", "claim", "dealId", "eventId", "figureDate", "figureKind", "figurePrecision", "id", "ingestId", "key", "label", "partyId", "qualifier", "quote", "quoteEnd", "quoteStart", "unit", "unitImplied", "updatedAt") SELECT "amount", "amountHigh", "amountText", "articleId", "claim", "dealId", "eventId", "figureDate", "figureKind", "figurePrecision", "id", "ingestId", "key", "label", "partyId", "qualifier", "quote", "quoteEnd", "quoteStart", "unit", "unitImplied", "updatedAt" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE UNIQUE INDEX "Evidence_key_key" ON "Evidence"("key");
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");
CREATE INDEX "Evidence_ingestId_idx" ON "Evidence"("ingestId");
CREATE INDEX "Evidence_dealId_idx" ON "Evidence"("dealId");
CREATE INDEX "Evidence_eventId_idx" ON "Evidence"("eventId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FxRate_currency_date_key" ON "FxRate"("currency", "date");
