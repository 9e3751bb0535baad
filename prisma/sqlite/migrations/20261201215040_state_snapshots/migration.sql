-- CreateTable
CREATE TABLE "StateSnapshot" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "StateSnapshot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
