-- CreateIndex
CREATE INDEX "Deal_announcedOn_announcedPrecision_idx" ON "Deal"("announcedOn", "announcedPrecision");
