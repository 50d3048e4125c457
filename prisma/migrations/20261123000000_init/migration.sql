-- Accent-insensitive Vietnamese search ("hop tac xa" finds "hợp tác xã") needs these.
CREATE EXTENSION IF NOT EXISTS "unaccent";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "UnitLevel" AS ENUM ('PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "OrgKind" AS ENUM ('COOPERATIVE', 'UNION', 'GROUP', 'CREDIT_FUND');

-- CreateEnum
CREATE TYPE "SectorGroup" AS ENUM ('AGRICULTURE', 'NON_AGRICULTURE', 'CREDIT');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('CROP_LIVESTOCK', 'FORESTRY', 'FISHERY', 'SALT', 'INDUSTRY_HANDICRAFT', 'CONSTRUCTION', 'TRANSPORT', 'TRADE_SERVICE', 'ENVIRONMENT', 'OTHER_NON_AGRICULTURE', 'CREDIT');

-- CreateEnum
CREATE TYPE "OrgStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION', 'DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED');

-- CreateEnum
CREATE TYPE "AllianceMembership" AS ENUM ('OFFICIAL', 'ASSOCIATED', 'NONE');

-- CreateEnum
CREATE TYPE "MemberKind" AS ENUM ('PERSON', 'HOUSEHOLD', 'LEGAL_ENTITY');

-- CreateEnum
CREATE TYPE "MemberType" AS ENUM ('OFFICIAL', 'ASSOCIATE_CAPITAL', 'ASSOCIATE_NO_CAPITAL');

-- CreateEnum
CREATE TYPE "ContributionForm" AS ENUM ('CASH', 'ASSET', 'LAND_USE_RIGHT', 'OTHER');

-- CreateEnum
CREATE TYPE "PeriodKind" AS ENUM ('FIRST_HALF', 'FULL_YEAR');

-- CreateEnum
CREATE TYPE "SubmissionState" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "Rating" AS ENUM ('GOOD', 'FAIR', 'AVERAGE', 'WEAK', 'NOT_RATED');

-- CreateEnum
CREATE TYPE "SupportKind" AS ENUM ('TRAINING', 'TRADE_FAIR', 'TRADE_PROMOTION', 'CONSULTING', 'INFRASTRUCTURE', 'SCIENCE_TECHNOLOGY', 'OCOP', 'OTHER');

-- CreateEnum
CREATE TYPE "LoanFund" AS ENUM ('COOPERATIVE_DEVELOPMENT_FUND', 'NATIONAL_EMPLOYMENT_FUND', 'PROVINCIAL_BUDGET', 'OTHER');

-- CreateEnum
CREATE TYPE "AwardType" AS ENUM ('EMULATION_FLAG', 'CERTIFICATE_OF_MERIT', 'LETTER_OF_COMMENDATION', 'EMULATION_TITLE', 'OTHER');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "IssuingLevel" AS ENUM ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'ORGANIZATION');

-- CreateEnum
CREATE TYPE "DocumentScope" AS ENUM ('CENTRAL', 'LOCAL', 'UNIT');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('LAW', 'RESOLUTION', 'DECREE', 'DECISION', 'CIRCULAR', 'DIRECTIVE', 'PLAN', 'OFFICIAL_LETTER', 'GUIDANCE', 'REPORT', 'NOTICE', 'OTHER');

-- CreateEnum
CREATE TYPE "Validity" AS ENUM ('NOT_YET_IN_FORCE', 'IN_FORCE', 'PARTIALLY_EXPIRED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "DocumentRelationType" AS ENUM ('REPLACES', 'AMENDS', 'IMPLEMENTS', 'GUIDES', 'REFERENCES');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'SPAM');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'STAFF', 'LEADER', 'DISTRICT_OFFICER');

-- CreateTable
CREATE TABLE "AdministrativeUnit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "level" "UnitLevel" NOT NULL,
    "parentId" INTEGER,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdministrativeUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitSuccession" (
    "id" SERIAL NOT NULL,
    "predecessorId" INTEGER NOT NULL,
    "successorId" INTEGER NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "share" DECIMAL(5,4),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "OrgKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "registrationNumber" TEXT,
    "taxCode" TEXT,
    "sector" "Sector" NOT NULL,
    "sectorGroup" "SectorGroup" NOT NULL,
    "unitId" INTEGER NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "leaderName" TEXT,
    "leaderTitle" TEXT,
    "establishedOn" DATE,
    "status" "OrgStatus" NOT NULL DEFAULT 'ACTIVE',
    "allianceMembership" "AllianceMembership" NOT NULL DEFAULT 'NONE',
    "allianceJoinedOn" DATE,
    "charterCapital" BIGINT,
    "mainProducts" TEXT,
    "description" TEXT,
    "isNewModel" BOOLEAN NOT NULL DEFAULT false,
    "hasValueChainLink" BOOLEAN NOT NULL DEFAULT false,
    "hasVietGap" BOOLEAN NOT NULL DEFAULT false,
    "hasGlobalGap" BOOLEAN NOT NULL DEFAULT false,
    "successorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "status" "OrgStatus" NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "reason" TEXT,
    "decisionNumber" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OcopProduct" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "certifiedYear" INTEGER NOT NULL,
    "decisionNumber" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OcopProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "kind" "MemberKind" NOT NULL DEFAULT 'PERSON',
    "type" "MemberType" NOT NULL DEFAULT 'OFFICIAL',
    "name" TEXT NOT NULL,
    "idNumber" TEXT,
    "birthYear" INTEGER,
    "gender" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapitalContribution" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "form" "ContributionForm" NOT NULL DEFAULT 'CASH',
    "contributedOn" DATE NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapitalContribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportingPeriod" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "PeriodKind" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "deadline" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportingPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganizationReport" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "status" "OrgStatus" NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,
    "officialMembers" INTEGER NOT NULL DEFAULT 0,
    "regularWorkers" INTEGER NOT NULL DEFAULT 0,
    "seasonalWorkers" INTEGER NOT NULL DEFAULT 0,
    "charterCapital" BIGINT NOT NULL DEFAULT 0,
    "contributedCapital" BIGINT NOT NULL DEFAULT 0,
    "landAreaHa" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,
    "profit" BIGINT NOT NULL DEFAULT 0,
    "avgWorkerIncome" BIGINT NOT NULL DEFAULT 0,
    "managersTotal" INTEGER NOT NULL DEFAULT 0,
    "managersPostgraduate" INTEGER NOT NULL DEFAULT 0,
    "managersUniversity" INTEGER NOT NULL DEFAULT 0,
    "managersCollege" INTEGER NOT NULL DEFAULT 0,
    "managersVocational" INTEGER NOT NULL DEFAULT 0,
    "managersUntrained" INTEGER NOT NULL DEFAULT 0,
    "operatingCapital" BIGINT,
    "deposits" BIGINT,
    "loansOutstanding" BIGINT,
    "badDebtRatio" DECIMAL(5,2),
    "state" "SubmissionState" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "returnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingScheme" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "minMonthsOperating" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RatingScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingCriterion" (
    "id" SERIAL NOT NULL,
    "schemeId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "groupName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "maxPoints" INTEGER NOT NULL,

    CONSTRAINT "RatingCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingBand" (
    "id" SERIAL NOT NULL,
    "schemeId" INTEGER NOT NULL,
    "rating" "Rating" NOT NULL,
    "minPoints" DECIMAL(5,2) NOT NULL,
    "maxPoints" DECIMAL(5,2),

    CONSTRAINT "RatingBand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingAssessment" (
    "id" SERIAL NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "schemeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "totalPoints" DECIMAL(5,2),
    "rating" "Rating" NOT NULL,
    "assessedOn" DATE,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RatingScore" (
    "id" SERIAL NOT NULL,
    "assessmentId" INTEGER NOT NULL,
    "criterionId" INTEGER NOT NULL,
    "points" DECIMAL(5,2) NOT NULL,

    CONSTRAINT "RatingScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTarget" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "indicator" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "target" DECIMAL(18,2) NOT NULL,
    "result" DECIMAL(18,2),
    "unitId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportActivity" (
    "id" SERIAL NOT NULL,
    "kind" "SupportKind" NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "location" TEXT,
    "unitId" INTEGER,
    "attendees" INTEGER NOT NULL DEFAULT 0,
    "cost" BIGINT NOT NULL DEFAULT 0,
    "fundingSource" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportActivityOrganization" (
    "activityId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,

    CONSTRAINT "SupportActivityOrganization_pkey" PRIMARY KEY ("activityId", "organizationId")
);

-- CreateTable
CREATE TABLE "Loan" (
    "id" SERIAL NOT NULL,
    "fund" "LoanFund" NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "contractNumber" TEXT,
    "principal" BIGINT NOT NULL,
    "outstanding" BIGINT NOT NULL,
    "overdue" BIGINT NOT NULL DEFAULT 0,
    "interestRate" DECIMAL(5,2),
    "purpose" TEXT,
    "disbursedOn" DATE NOT NULL,
    "maturesOn" DATE,
    "repaidOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Loan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "type" "AwardType" NOT NULL,
    "title" TEXT NOT NULL,
    "organizationId" INTEGER,
    "recipientName" TEXT NOT NULL,
    "emulationBlock" TEXT,
    "decisionNumber" TEXT NOT NULL,
    "decisionDate" DATE,
    "issuer" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "coverMediaId" INTEGER,
    "authorId" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "note" TEXT,
    "editorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IssuingBody" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "level" "IssuingLevel" NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "successorId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IssuingBody_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "scope" "DocumentScope" NOT NULL,
    "issuingBodyId" INTEGER NOT NULL,
    "signer" TEXT,
    "issuedOn" DATE NOT NULL,
    "effectiveOn" DATE,
    "expiredOn" DATE,
    "validity" "Validity" NOT NULL DEFAULT 'IN_FORCE',
    "field" TEXT,
    "abstract" TEXT NOT NULL,
    "fullText" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRelation" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "type" "DocumentRelationType" NOT NULL,

    CONSTRAINT "DocumentRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Media" (
    "id" SERIAL NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "altText" TEXT,
    "uploadedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" SERIAL NOT NULL,
    "mediaId" INTEGER NOT NULL,
    "articleId" INTEGER,
    "legalDocumentId" INTEGER,
    "title" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "menuOrder" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'NEW',
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "repliedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageView" (
    "path" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PageView_pkey" PRIMARY KEY ("path", "day")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "userId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdministrativeUnit_parentId_idx" ON "AdministrativeUnit"("parentId");

-- CreateIndex
CREATE INDEX "AdministrativeUnit_level_validFrom_validTo_idx" ON "AdministrativeUnit"("level", "validFrom", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "AdministrativeUnit_code_validFrom_key" ON "AdministrativeUnit"("code", "validFrom");

-- CreateIndex
CREATE INDEX "UnitSuccession_successorId_idx" ON "UnitSuccession"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitSuccession_predecessorId_successorId_effectiveOn_key" ON "UnitSuccession"("predecessorId", "successorId", "effectiveOn");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_registrationNumber_key" ON "Organization"("registrationNumber");

-- CreateIndex
CREATE INDEX "Organization_unitId_idx" ON "Organization"("unitId");

-- CreateIndex
CREATE INDEX "Organization_kind_status_idx" ON "Organization"("kind", "status");

-- CreateIndex
CREATE INDEX "Organization_sectorGroup_sector_idx" ON "Organization"("sectorGroup", "sector");

-- CreateIndex
CREATE INDEX "Organization_successorId_idx" ON "Organization"("successorId");

-- CreateIndex
CREATE INDEX "Organization_establishedOn_idx" ON "Organization"("establishedOn");

-- CreateIndex
CREATE INDEX "StatusChange_organizationId_effectiveOn_idx" ON "StatusChange"("organizationId", "effectiveOn");

-- CreateIndex
CREATE INDEX "StatusChange_status_effectiveOn_idx" ON "StatusChange"("status", "effectiveOn");

-- CreateIndex
CREATE INDEX "StatusChange_createdById_idx" ON "StatusChange"("createdById");

-- CreateIndex
CREATE INDEX "OcopProduct_organizationId_idx" ON "OcopProduct"("organizationId");

-- CreateIndex
CREATE INDEX "OcopProduct_certifiedYear_stars_idx" ON "OcopProduct"("certifiedYear", "stars");

-- CreateIndex
CREATE INDEX "Member_organizationId_type_idx" ON "Member"("organizationId", "type");

-- CreateIndex
CREATE INDEX "Member_joinedOn_idx" ON "Member"("joinedOn");

-- CreateIndex
CREATE INDEX "CapitalContribution_organizationId_idx" ON "CapitalContribution"("organizationId");

-- CreateIndex
CREATE INDEX "CapitalContribution_memberId_idx" ON "CapitalContribution"("memberId");

-- CreateIndex
CREATE INDEX "ReportingPeriod_endsOn_idx" ON "ReportingPeriod"("endsOn");

-- CreateIndex
CREATE UNIQUE INDEX "ReportingPeriod_year_kind_key" ON "ReportingPeriod"("year", "kind");

-- CreateIndex
CREATE INDEX "OrganizationReport_periodId_unitId_idx" ON "OrganizationReport"("periodId", "unitId");

-- CreateIndex
CREATE INDEX "OrganizationReport_unitId_idx" ON "OrganizationReport"("unitId");

-- CreateIndex
CREATE INDEX "OrganizationReport_reviewedById_idx" ON "OrganizationReport"("reviewedById");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationReport_organizationId_periodId_key" ON "OrganizationReport"("organizationId", "periodId");

-- CreateIndex
CREATE UNIQUE INDEX "RatingScheme_code_key" ON "RatingScheme"("code");

-- CreateIndex
CREATE UNIQUE INDEX "RatingCriterion_schemeId_ordinal_key" ON "RatingCriterion"("schemeId", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "RatingBand_schemeId_rating_key" ON "RatingBand"("schemeId", "rating");

-- CreateIndex
CREATE INDEX "RatingAssessment_year_rating_idx" ON "RatingAssessment"("year", "rating");

-- CreateIndex
CREATE INDEX "RatingAssessment_schemeId_idx" ON "RatingAssessment"("schemeId");

-- CreateIndex
CREATE UNIQUE INDEX "RatingAssessment_organizationId_year_key" ON "RatingAssessment"("organizationId", "year");

-- CreateIndex
CREATE INDEX "RatingScore_criterionId_idx" ON "RatingScore"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "RatingScore_assessmentId_criterionId_key" ON "RatingScore"("assessmentId", "criterionId");

-- CreateIndex
CREATE INDEX "PlanTarget_unitId_idx" ON "PlanTarget"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTarget_year_indicator_unitId_key" ON "PlanTarget"("year", "indicator", "unitId");

-- CreateIndex
CREATE INDEX "SupportActivity_kind_startsOn_idx" ON "SupportActivity"("kind", "startsOn");

-- CreateIndex
CREATE INDEX "SupportActivity_unitId_idx" ON "SupportActivity"("unitId");

-- CreateIndex
CREATE INDEX "SupportActivityOrganization_organizationId_idx" ON "SupportActivityOrganization"("organizationId");

-- CreateIndex
CREATE INDEX "Loan_organizationId_idx" ON "Loan"("organizationId");

-- CreateIndex
CREATE INDEX "Loan_fund_disbursedOn_idx" ON "Loan"("fund", "disbursedOn");

-- CreateIndex
CREATE INDEX "Award_year_type_idx" ON "Award"("year", "type");

-- CreateIndex
CREATE INDEX "Award_organizationId_idx" ON "Award"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE INDEX "Category_parentId_idx" ON "Category"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_categoryId_status_publishedAt_idx" ON "Article"("categoryId", "status", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_coverMediaId_idx" ON "Article"("coverMediaId");

-- CreateIndex
CREATE INDEX "Article_authorId_idx" ON "Article"("authorId");

-- CreateIndex
CREATE INDEX "ArticleRevision_articleId_createdAt_idx" ON "ArticleRevision"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "ArticleRevision_editorId_idx" ON "ArticleRevision"("editorId");

-- CreateIndex
CREATE INDEX "IssuingBody_successorId_idx" ON "IssuingBody"("successorId");

-- CreateIndex
CREATE UNIQUE INDEX "IssuingBody_name_validFrom_key" ON "IssuingBody"("name", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_slug_key" ON "LegalDocument"("slug");

-- CreateIndex
CREATE INDEX "LegalDocument_scope_issuedOn_idx" ON "LegalDocument"("scope", "issuedOn");

-- CreateIndex
CREATE INDEX "LegalDocument_type_issuedOn_idx" ON "LegalDocument"("type", "issuedOn");

-- CreateIndex
CREATE INDEX "LegalDocument_issuingBodyId_idx" ON "LegalDocument"("issuingBodyId");

-- CreateIndex
CREATE INDEX "LegalDocument_number_idx" ON "LegalDocument"("number");

-- CreateIndex
CREATE INDEX "DocumentRelation_toId_idx" ON "DocumentRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRelation_fromId_toId_type_key" ON "DocumentRelation"("fromId", "toId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Media_storageKey_key" ON "Media"("storageKey");

-- CreateIndex
CREATE INDEX "Media_uploadedById_idx" ON "Media"("uploadedById");

-- CreateIndex
CREATE INDEX "Attachment_mediaId_idx" ON "Attachment"("mediaId");

-- CreateIndex
CREATE INDEX "Attachment_articleId_idx" ON "Attachment"("articleId");

-- CreateIndex
CREATE INDEX "Attachment_legalDocumentId_idx" ON "Attachment"("legalDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE INDEX "Feedback_status_createdAt_idx" ON "Feedback"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_repliedById_idx" ON "Feedback"("repliedById");

-- CreateIndex
CREATE INDEX "PageView_day_idx" ON "PageView"("day");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "AdministrativeUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "AdministrativeUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusChange" ADD CONSTRAINT "StatusChange_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OcopProduct" ADD CONSTRAINT "OcopProduct_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapitalContribution" ADD CONSTRAINT "CapitalContribution_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapitalContribution" ADD CONSTRAINT "CapitalContribution_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationReport" ADD CONSTRAINT "OrganizationReport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationReport" ADD CONSTRAINT "OrganizationReport_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationReport" ADD CONSTRAINT "OrganizationReport_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganizationReport" ADD CONSTRAINT "OrganizationReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingCriterion" ADD CONSTRAINT "RatingCriterion_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "RatingScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingBand" ADD CONSTRAINT "RatingBand_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "RatingScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingAssessment" ADD CONSTRAINT "RatingAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingAssessment" ADD CONSTRAINT "RatingAssessment_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "RatingScheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingScore" ADD CONSTRAINT "RatingScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "RatingAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RatingScore" ADD CONSTRAINT "RatingScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RatingCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportActivity" ADD CONSTRAINT "SupportActivity_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportActivityOrganization" ADD CONSTRAINT "SupportActivityOrganization_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupportActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportActivityOrganization" ADD CONSTRAINT "SupportActivityOrganization_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Loan" ADD CONSTRAINT "Loan_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_coverMediaId_fkey" FOREIGN KEY ("coverMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IssuingBody" ADD CONSTRAINT "IssuingBody_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "IssuingBody"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_issuingBodyId_fkey" FOREIGN KEY ("issuingBodyId") REFERENCES "IssuingBody"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRelation" ADD CONSTRAINT "DocumentRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_mediaId_fkey" FOREIGN KEY ("mediaId") REFERENCES "Media"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_legalDocumentId_fkey" FOREIGN KEY ("legalDocumentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_repliedById_fkey" FOREIGN KEY ("repliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "AdministrativeUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
