-- DropIndex
DROP INDEX "DealParty_companyId_idx";

-- CreateIndex
CREATE INDEX "DealParty_companyId_dealId_idx" ON "DealParty"("companyId", "dealId");
