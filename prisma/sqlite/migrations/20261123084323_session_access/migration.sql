-- AlterTable
ALTER TABLE "SessionEvent" ADD COLUMN "audience" TEXT;

-- CreateTable
CREATE TABLE "SessionAccess" (
    "token" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "member" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "SessionAccess_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SessionAccess_sessionId_role_member_idx" ON "SessionAccess"("sessionId", "role", "member");
