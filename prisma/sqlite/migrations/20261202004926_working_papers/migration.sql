-- CreateTable
CREATE TABLE "PaperUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" TEXT NOT NULL,
    "paperId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "update" BLOB NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "PaperUpdate_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PaperUpdate_paperId_id_idx" ON "PaperUpdate"("paperId", "id");
