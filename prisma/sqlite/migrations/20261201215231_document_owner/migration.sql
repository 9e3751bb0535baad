-- AlterTable
ALTER TABLE "Document" ADD COLUMN "ownerToken" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "documentId" TEXT;

-- CreateIndex
CREATE INDEX "Session_documentId_idx" ON "Session"("documentId");
