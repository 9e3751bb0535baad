-- AlterTable
ALTER TABLE "SessionAccess" ADD COLUMN "claimedAt" DATETIME;
