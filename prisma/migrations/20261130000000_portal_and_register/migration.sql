-- Public portal (news, pages, feedback, visitor statistics, slug history) and the register
-- workspace (optimistic concurrency, soft delete, invitations, rules kept as data).

-- CreateEnum
CREATE TYPE "SlugEntity" AS ENUM ('ARTICLE', 'CATEGORY', 'DOCUMENT', 'ORGANIZATION', 'PAGE');

-- CreateEnum
CREATE TYPE "RuleTarget" AS ENUM ('ORGANIZATION', 'MEMBERSHIP', 'REPORT');

-- CreateEnum
CREATE TYPE "RuleSeverity" AS ENUM ('WARN', 'BLOCK');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "deletedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "StatusChange" ADD COLUMN "correctedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "coverCaption" TEXT,
ADD COLUMN "sourceLine" TEXT,
ADD COLUMN "viewCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Media" ADD COLUMN "caption" TEXT,
ADD COLUMN "width" INTEGER,
ADD COLUMN "height" INTEGER;

-- AlterTable
ALTER TABLE "Page" ADD COLUMN "summary" TEXT,
ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'vi',
ADD COLUMN "translationKey" TEXT;

-- AlterTable: existing feedback gets a code derived from its id before the column becomes required.
ALTER TABLE "Feedback" ADD COLUMN "code" TEXT,
ADD COLUMN "assignedToId" INTEGER,
ADD COLUMN "replyPublished" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "clientHash" TEXT,
ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "Feedback" SET "code" = 'YK-' || lpad("id"::text, 8, '0') WHERE "code" IS NULL;
ALTER TABLE "Feedback" ALTER COLUMN "code" SET NOT NULL;
ALTER TABLE "Feedback" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "passwordChangedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ValidationRule" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "target" "RuleTarget" NOT NULL,
    "orgKinds" "OrgKind"[],
    "severity" "RuleSeverity" NOT NULL,
    "message" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "legalBasis" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ValidationRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleOrganization" (
    "articleId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,

    CONSTRAINT "ArticleOrganization_pkey" PRIMARY KEY ("articleId", "organizationId")
);


-- CreateTable
CREATE TABLE "SlugAlias" (
    "id" SERIAL NOT NULL,
    "entity" "SlugEntity" NOT NULL,
    "slug" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugAlias_pkey" PRIMARY KEY ("id")
);


-- CreateTable
CREATE TABLE "VisitorDay" (
    "day" DATE NOT NULL,
    "visitors" INTEGER NOT NULL DEFAULT 0,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "VisitorDay_pkey" PRIMARY KEY ("day")
);


-- CreateTable
CREATE TABLE "VisitorPresence" (
    "day" DATE NOT NULL,
    "visitorKey" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitorPresence_pkey" PRIMARY KEY ("day", "visitorKey")
);


-- CreateTable
CREATE TABLE "UserInvitation" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserInvitation_pkey" PRIMARY KEY ("id")
);


-- CreateTable
CREATE TABLE "UserPreference" (
    "userId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserPreference_pkey" PRIMARY KEY ("userId", "key")
);


-- CreateIndex
CREATE INDEX "ArticleOrganization_organizationId_idx" ON "ArticleOrganization"("organizationId");


-- CreateIndex
CREATE INDEX "SlugAlias_entity_entityId_idx" ON "SlugAlias"("entity", "entityId");


-- CreateIndex
CREATE UNIQUE INDEX "SlugAlias_entity_slug_key" ON "SlugAlias"("entity", "slug");


-- CreateIndex
CREATE INDEX "VisitorPresence_lastSeenAt_idx" ON "VisitorPresence"("lastSeenAt");


-- CreateIndex
CREATE UNIQUE INDEX "UserInvitation_tokenHash_key" ON "UserInvitation"("tokenHash");


-- CreateIndex
CREATE INDEX "UserInvitation_userId_idx" ON "UserInvitation"("userId");


-- AddForeignKey
ALTER TABLE "ArticleOrganization" ADD CONSTRAINT "ArticleOrganization_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- AddForeignKey
ALTER TABLE "ArticleOrganization" ADD CONSTRAINT "ArticleOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- AddForeignKey
ALTER TABLE "UserInvitation" ADD CONSTRAINT "UserInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- AddForeignKey
ALTER TABLE "UserPreference" ADD CONSTRAINT "UserPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateIndex
CREATE UNIQUE INDEX "ValidationRule_code_key" ON "ValidationRule"("code");

-- CreateIndex
CREATE INDEX "ValidationRule_target_active_idx" ON "ValidationRule"("target", "active");

-- CreateIndex
CREATE INDEX "Page_translationKey_idx" ON "Page"("translationKey");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_code_key" ON "Feedback"("code");

-- CreateIndex
CREATE INDEX "Feedback_assignedToId_idx" ON "Feedback"("assignedToId");

-- CreateIndex
CREATE INDEX "Feedback_clientHash_createdAt_idx" ON "Feedback"("clientHash", "createdAt");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks Prisma cannot express (see the integrity_checks migration).
ALTER TABLE "Article" ADD CONSTRAINT "Article_viewCount_check" CHECK ("viewCount" >= 0);
ALTER TABLE "Page" ADD CONSTRAINT "Page_locale_check" CHECK ("locale" IN ('vi', 'en'));
