-- AlterTable
ALTER TABLE "SessionEvent" ADD COLUMN     "engineVersion" TEXT;
