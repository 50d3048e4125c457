-- Periodic reporting (issue 7): the organization's own representative, opened periods, the
-- report workflow's extra facts, and rating self-assessments that are submitted and confirmed.

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'ORG_REPRESENTATIVE';

-- AlterTable
ALTER TABLE "User" ADD COLUMN "organizationId" INTEGER;

-- AlterTable
ALTER TABLE "ReportingPeriod" ADD COLUMN "openedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrganizationReport"
    ADD COLUMN "nilReport" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "comment" TEXT,
    ADD COLUMN "warnings" JSONB,
    ADD COLUMN "enteredAt" TIMESTAMP(3),
    ADD COLUMN "firstSubmittedAt" TIMESTAMP(3),
    ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RatingScheme"
    ADD COLUMN "maxMonthsStopped" INTEGER NOT NULL DEFAULT 3,
    ADD COLUMN "orgKinds" "OrgKind"[];

-- AlterTable
ALTER TABLE "RatingAssessment"
    ADD COLUMN "state" "SubmissionState" NOT NULL DEFAULT 'APPROVED',
    ADD COLUMN "submittedAt" TIMESTAMP(3),
    ADD COLUMN "reviewedAt" TIMESTAMP(3),
    ADD COLUMN "reviewedById" INTEGER,
    ADD COLUMN "returnReason" TEXT;

-- Existing reports were entered when they were created; existing periods are open.
UPDATE "OrganizationReport" SET "enteredAt" = "createdAt", "firstSubmittedAt" = "submittedAt";
UPDATE "ReportingPeriod" SET "openedAt" = "createdAt";

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE INDEX "OrganizationReport_periodId_state_idx" ON "OrganizationReport"("periodId", "state");

-- CreateIndex
CREATE INDEX "RatingAssessment_reviewedById_idx" ON "RatingAssessment"("reviewedById");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingAssessment" ADD CONSTRAINT "RatingAssessment_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
