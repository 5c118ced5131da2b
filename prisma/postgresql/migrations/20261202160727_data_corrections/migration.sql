-- AlterTable
ALTER TABLE "Deal" ADD COLUMN     "valueFxRateId" INTEGER;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "amountUsd" TEXT,
ADD COLUMN     "direction" TEXT,
ADD COLUMN     "fxRateId" INTEGER,
ADD COLUMN     "gloss" TEXT;

-- CreateTable
CREATE TABLE "FxRate" (
    "id" SERIAL NOT NULL,
    "currency" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "usdPerUnit" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FxRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FxRate_currency_date_key" ON "FxRate"("currency", "date");

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_valueFxRateId_fkey" FOREIGN KEY ("valueFxRateId") REFERENCES "FxRate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fxRateId_fkey" FOREIGN KEY ("fxRateId") REFERENCES "FxRate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
