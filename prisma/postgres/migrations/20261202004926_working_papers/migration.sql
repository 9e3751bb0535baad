-- CreateTable
CREATE TABLE "PaperUpdate" (
    "id" SERIAL NOT NULL,
    "sessionId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "update" BYTEA NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaperUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaperUpdate_paperId_id_idx" ON "PaperUpdate"("paperId", "id");

-- AddForeignKey
ALTER TABLE "PaperUpdate" ADD CONSTRAINT "PaperUpdate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
