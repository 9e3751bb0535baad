-- AlterTable
ALTER TABLE "SessionAccess" ADD COLUMN     "claimedAt" TIMESTAMP(3);
