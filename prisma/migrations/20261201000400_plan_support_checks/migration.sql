-- Rules for plan targets and support activities that Prisma's schema language cannot express (the drift test
-- ignores partial indexes and CHECK constraints).

-- One province-wide target per year and indicator: the unique key (year, indicator, unitId) lets
-- NULL unit ids repeat.
CREATE UNIQUE INDEX "PlanTarget_year_indicator_province_key" ON "PlanTarget"("year", "indicator") WHERE "unitId" IS NULL;

ALTER TABLE "PlanTarget" ADD CONSTRAINT "PlanTarget_figures_check" CHECK ("target" >= 0 AND ("result" IS NULL OR "result" >= 0));

ALTER TABLE "SupportActivity" ADD CONSTRAINT "SupportActivity_figures_check" CHECK (
  "attendees" >= 0 AND "cost" >= 0 AND ("endsOn" IS NULL OR "endsOn" >= "startsOn")
);
