-- Newsroom (issue 9): the article workflow's scheduled and unpublished states, scheduled publish
-- and unpublish times, tags, pending new versions of live articles (draftOfId), the full version
-- kept with each revision, and workspace notifications. See docs/decisions/0009.

-- AlterEnum (the new values are not used in this migration: PostgreSQL refuses a new enum value
-- in the transaction that adds it)
ALTER TYPE "ArticleStatus" ADD VALUE 'SCHEDULED';
ALTER TYPE "ArticleStatus" ADD VALUE 'UNPUBLISHED';

-- AlterTable
ALTER TABLE "Article"
    ADD COLUMN "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "publishAt" TIMESTAMP(3),
    ADD COLUMN "unpublishAt" TIMESTAMP(3),
    ADD COLUMN "submittedAt" TIMESTAMP(3),
    ADD COLUMN "publishReason" TEXT,
    ADD COLUMN "draftOfId" INTEGER;

-- AlterTable
ALTER TABLE "ArticleRevision" ADD COLUMN "details" JSONB;

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_draftOfId_key" ON "Article"("draftOfId");

-- CreateIndex
CREATE INDEX "Article_status_publishAt_idx" ON "Article"("status", "publishAt");

-- CreateIndex
CREATE INDEX "Article_status_unpublishAt_idx" ON "Article"("status", "unpublishAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_draftOfId_fkey" FOREIGN KEY ("draftOfId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
