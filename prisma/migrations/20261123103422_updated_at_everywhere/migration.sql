-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "publishedPrecision" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "citedSource" TEXT,
    "sourceFile" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Article" ("citedSource", "id", "language", "publishedOn", "publishedPrecision", "slug", "sourceFile", "text", "title") SELECT "citedSource", "id", "language", "publishedOn", "publishedPrecision", "slug", "sourceFile", "text", "title" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE UNIQUE INDEX "Article_sourceFile_key" ON "Article"("sourceFile");
CREATE TABLE "new_Company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "kind" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Company" ("country", "id", "kind", "name", "slug") SELECT "country", "id", "kind", "name", "slug" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");
CREATE TABLE "new_DealParty" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DealParty_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DealParty_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DealParty" ("companyId", "dealId", "id", "role") SELECT "companyId", "dealId", "id", "role" FROM "DealParty";
DROP TABLE "DealParty";
ALTER TABLE "new_DealParty" RENAME TO "DealParty";
CREATE INDEX "DealParty_companyId_idx" ON "DealParty"("companyId");
CREATE UNIQUE INDEX "DealParty_dealId_companyId_role_key" ON "DealParty"("dealId", "companyId", "role");
CREATE TABLE "new_DealChip" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DealChip_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DealChip" ("dealId", "id", "name") SELECT "dealId", "id", "name" FROM "DealChip";
DROP TABLE "DealChip";
ALTER TABLE "new_DealChip" RENAME TO "DealChip";
CREATE UNIQUE INDEX "DealChip_dealId_name_key" ON "DealChip"("dealId", "name");
CREATE TABLE "new_DealLocation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dealId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DealLocation_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DealLocation" ("dealId", "id", "name") SELECT "dealId", "id", "name" FROM "DealLocation";
DROP TABLE "DealLocation";
ALTER TABLE "new_DealLocation" RENAME TO "DealLocation";
CREATE UNIQUE INDEX "DealLocation_dealId_name_key" ON "DealLocation"("dealId", "name");
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
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "DealParty" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("amount", "amountHigh", "amountText", "articleId", "claim", "dealId", "eventId", "figureDate", "figureKind", "figurePrecision", "id", "key", "label", "partyId", "qualifier", "quote", "quoteEnd", "quoteStart", "unit", "unitImplied") SELECT "amount", "amountHigh", "amountText", "articleId", "claim", "dealId", "eventId", "figureDate", "figureKind", "figurePrecision", "id", "key", "label", "partyId", "qualifier", "quote", "quoteEnd", "quoteStart", "unit", "unitImplied" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE UNIQUE INDEX "Evidence_key_key" ON "Evidence"("key");
CREATE INDEX "Evidence_articleId_idx" ON "Evidence"("articleId");
CREATE INDEX "Evidence_dealId_idx" ON "Evidence"("dealId");
CREATE INDEX "Evidence_eventId_idx" ON "Evidence"("eventId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
