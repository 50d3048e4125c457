-- Rules the database enforces whatever the client does; Prisma's schema language cannot
-- express CHECK constraints, so they live only here (the drift test ignores them).

-- The sector group follows from the sector (lib/organizations/sectors.ts holds the same map).
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_sectorGroup_check" CHECK (
  "sectorGroup" = CASE
    WHEN "sector" IN ('CROP_LIVESTOCK', 'FORESTRY', 'FISHERY', 'SALT') THEN 'AGRICULTURE'::"SectorGroup"
    WHEN "sector" = 'CREDIT' THEN 'CREDIT'::"SectorGroup"
    ELSE 'NON_AGRICULTURE'::"SectorGroup"
  END
);

-- A people's credit fund is exactly a cooperative in the credit sector.
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_creditFund_check" CHECK (
  ("kind" = 'CREDIT_FUND') = ("sector" = 'CREDIT')
);

ALTER TABLE "Organization" ADD CONSTRAINT "Organization_charterCapital_check" CHECK ("charterCapital" IS NULL OR "charterCapital" >= 0);

ALTER TABLE "OcopProduct" ADD CONSTRAINT "OcopProduct_stars_check" CHECK ("stars" BETWEEN 1 AND 5);

ALTER TABLE "Member" ADD CONSTRAINT "Member_dates_check" CHECK ("leftOn" IS NULL OR "leftOn" >= "joinedOn");

ALTER TABLE "CapitalContribution" ADD CONSTRAINT "CapitalContribution_amount_check" CHECK ("amount" > 0);

ALTER TABLE "OrganizationReport" ADD CONSTRAINT "OrganizationReport_counts_check" CHECK (
  "members" >= 0 AND "officialMembers" >= 0 AND "officialMembers" <= "members"
  AND "regularWorkers" >= 0 AND "seasonalWorkers" >= 0
  AND "charterCapital" >= 0 AND "contributedCapital" >= 0 AND "landAreaHa" >= 0
  AND ("badDebtRatio" IS NULL OR "badDebtRatio" BETWEEN 0 AND 100)
);

ALTER TABLE "ReportingPeriod" ADD CONSTRAINT "ReportingPeriod_dates_check" CHECK ("startsOn" <= "endsOn");

ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_validity_check" CHECK ("validTo" IS NULL OR "validTo" > "validFrom");

ALTER TABLE "UnitSuccession" ADD CONSTRAINT "UnitSuccession_share_check" CHECK ("share" IS NULL OR ("share" > 0 AND "share" <= 1));

ALTER TABLE "Loan" ADD CONSTRAINT "Loan_amounts_check" CHECK (
  "principal" > 0 AND "outstanding" >= 0 AND "outstanding" <= "principal" AND "overdue" >= 0 AND "overdue" <= "outstanding"
);

ALTER TABLE "RatingAssessment" ADD CONSTRAINT "RatingAssessment_points_check" CHECK ("totalPoints" IS NULL OR "totalPoints" BETWEEN 0 AND 100);
