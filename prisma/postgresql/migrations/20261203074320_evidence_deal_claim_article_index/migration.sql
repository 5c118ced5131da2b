-- DropIndex
DROP INDEX "Evidence_dealId_idx";

-- CreateIndex
CREATE INDEX "Evidence_dealId_claim_articleId_idx" ON "Evidence"("dealId", "claim", "articleId");
