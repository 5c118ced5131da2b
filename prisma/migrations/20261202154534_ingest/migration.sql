-- CreateTable
CREATE TABLE "Ingest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "textHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedOn" DATETIME NOT NULL,
    "publishedPrecision" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "candidates" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "ingestId" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditEntry_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "url" TEXT,
    "outlet" TEXT,
    "sourceFile" TEXT,
    "text" TEXT NOT NULL,
    "ingestId" INTEGER,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("citedSource", "id", "language", "publishedOn", "publishedPrecision", "slug", "sourceFile", "text", "title", "updatedAt") SELECT "citedSource", "id", "language", "publishedOn", "publishedPrecision", "slug", "sourceFile", "text", "title", "updatedAt" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE UNIQUE INDEX "Article_sourceFile_key" ON "Article"("sourceFile");
CREATE INDEX "Article_ingestId_idx" ON "Article"("ingestId");
CREATE TABLE "new_Company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "kind" TEXT NOT NULL,
    "ingestId" INTEGER,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Company_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Company" ("country", "id", "kind", "name", "slug", "updatedAt") SELECT "country", "id", "kind", "name", "slug", "updatedAt" FROM "Company";
DROP TABLE "Company";
ALTER TABLE "new_Company" RENAME TO "Company";
CREATE UNIQUE INDEX "Company_slug_key" ON "Company"("slug");
CREATE INDEX "Company_ingestId_idx" ON "Company"("ingestId");
CREATE TABLE "new_CompanyAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "companyId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "ingestId" INTEGER,
    CONSTRAINT "CompanyAlias_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CompanyAlias_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CompanyAlias" ("alias", "companyId", "id") SELECT "alias", "companyId", "id" FROM "CompanyAlias";
DROP TABLE "CompanyAlias";
ALTER TABLE "new_CompanyAlias" RENAME TO "CompanyAlias";
CREATE INDEX "CompanyAlias_ingestId_idx" ON "CompanyAlias"("ingestId");
CREATE UNIQUE INDEX "CompanyAlias_companyId_alias_key" ON "CompanyAlias"("companyId", "alias");
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
    "ingestId" INTEGER,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deal_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Deal" ("announcedBasis", "announcedOn", "announcedPrecision", "id", "kind", "searchText", "slug", "status", "summary", "termEnd", "termNote", "termStart", "termYears", "title", "updatedAt", "valueCurrency", "valueKind", "valueMinor", "valueUsdMinor") SELECT "announcedBasis", "announcedOn", "announcedPrecision", "id", "kind", "searchText", "slug", "status", "summary", "termEnd", "termNote", "termStart", "termYears", "title", "updatedAt", "valueCurrency", "valueKind", "valueMinor", "valueUsdMinor" FROM "Deal";
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
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Evidence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "DealParty" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evidence_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("amount", "amountHigh", "amountText", "articleId", "claim", "dealId", "eventId", "figureDate", "figureKind", "figurePrecision", "id", "key", "label", "partyId", "qualifier", "quote", "quoteEnd", "quoteStart", "unit", "unitImplied", "updatedAt") SELECT "amount", "amountHigh", "amountText", "articleId", "claim", "dealId", "eventId", "figureDate", "figureKind", "figurePrecision", "id", "key", "label", "partyId", "qualifier", "quote", "quoteEnd", "quoteStart", "unit", "unitImplied", "updatedAt" FROM "Evidence";
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
CREATE UNIQUE INDEX "Ingest_textHash_key" ON "Ingest"("textHash");

-- CreateIndex
CREATE INDEX "Ingest_status_idx" ON "Ingest"("status");

-- CreateIndex
CREATE INDEX "AuditEntry_ingestId_idx" ON "AuditEntry"("ingestId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");
