-- Comments on articles (issue 9): off by default, switched on per article, held for moderation.

-- CreateEnum
CREATE TYPE "CommentState" AS ENUM ('PENDING', 'PUBLISHED', 'REJECTED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "commentsEnabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ArticleComment" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "body" TEXT NOT NULL,
    "state" "CommentState" NOT NULL DEFAULT 'PENDING',
    "clientHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "moderatedAt" TIMESTAMP(3),
    "moderatedById" INTEGER,

    CONSTRAINT "ArticleComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleComment_articleId_state_createdAt_idx" ON "ArticleComment"("articleId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleComment_state_createdAt_idx" ON "ArticleComment"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleComment_clientHash_createdAt_idx" ON "ArticleComment"("clientHash", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleComment_moderatedById_idx" ON "ArticleComment"("moderatedById");

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleComment" ADD CONSTRAINT "ArticleComment_moderatedById_fkey" FOREIGN KEY ("moderatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
