-- CreateIndex
CREATE INDEX "Deal_title_idx" ON "Deal"("title");
