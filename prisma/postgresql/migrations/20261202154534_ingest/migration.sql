-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "ingestId" INTEGER,
ADD COLUMN     "outlet" TEXT,
ADD COLUMN     "url" TEXT,
ALTER COLUMN "sourceFile" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "ingestId" INTEGER;

-- AlterTable
ALTER TABLE "CompanyAlias" ADD COLUMN     "ingestId" INTEGER;

-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "ingestId" INTEGER;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "ingestId" INTEGER;

-- CreateTable
CREATE TABLE "Ingest" (
    "id" SERIAL NOT NULL,
    "textHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedOn" TIMESTAMP(3) NOT NULL,
    "publishedPrecision" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "candidates" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ingest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "ingestId" INTEGER NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ingest_textHash_key" ON "Ingest"("textHash");

-- CreateIndex
CREATE INDEX "Ingest_status_idx" ON "Ingest"("status");

-- CreateIndex
CREATE INDEX "AuditEntry_ingestId_idx" ON "AuditEntry"("ingestId");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "Article_ingestId_idx" ON "Article"("ingestId");

-- CreateIndex
CREATE INDEX "Company_ingestId_idx" ON "Company"("ingestId");

-- CreateIndex
CREATE INDEX "CompanyAlias_ingestId_idx" ON "CompanyAlias"("ingestId");

-- CreateIndex
CREATE INDEX "Deal_ingestId_idx" ON "Deal"("ingestId");

-- CreateIndex
CREATE INDEX "Evidence_ingestId_idx" ON "Evidence"("ingestId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Company" ADD CONSTRAINT "Company_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyAlias" ADD CONSTRAINT "CompanyAlias_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_ingestId_fkey" FOREIGN KEY ("ingestId") REFERENCES "Ingest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
