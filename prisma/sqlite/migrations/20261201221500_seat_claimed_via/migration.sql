-- AlterTable
ALTER TABLE "SessionAccess" ADD COLUMN "claimedVia" TEXT;
