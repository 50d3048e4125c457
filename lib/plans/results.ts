import 'server-only';

/**
 * Plan against result, computed in SQL. This is the module the dashboards and the generated
 * report (statistics issue) call:
 *
 *   const rows = await planResults(2025);              // the province's targets for 2025
 *   const rows = await planResults(2025, communeId);    // a unit's own targets
 *   const figures = await computedIndicators(2025);     // every measurable figure, targets or not
 *
 * A target's result is COMPUTED for the indicators the data can measure (PLAN_INDICATORS with
 * `computed: true`) and ENTERED (PlanTarget.result) otherwise. Computed figures count, within the
 * calendar year (1/1 to 31/12 inclusive):
 * - new cooperatives / unions / groups / credit funds: organizations of that kind whose
 *   establishedOn falls in the year (soft-deleted records left out; later dissolution does not
 *   undo a founding);
 * - alliance members: allianceJoinedOn in the year;
 * - training classes and attendees: SupportActivity of kind TRAINING starting in the year (count,
 *   sum of attendees); trade fairs: kind TRADE_FAIR;
 * - OCOP products: certifiedYear; loans: disbursedOn in the year (count; LOAN_AMOUNT is the sum of
 *   principals in triệu đồng); awards: Award.year.
 * With a unit, figures are limited to organizations registered in it (a former district includes
 * the communes that succeeded it); an activity counts when held in the unit or serving one of its
 * organizations. % achieved is result × 100 / target, rounded half up to a whole percent, as the
 * reports write it ("37/50 THT, đạt 74%").
 */
import { prisma } from '@/lib/db';
import { formatNumber } from '@/lib/format/number';
import { Prisma } from '@/lib/generated/prisma/client';
import { unitFilterSql } from '@/lib/organizations/queries';
import { isComputedIndicator, PLAN_INDICATORS, type ComputedIndicatorCode } from '@/lib/plans/indicators';

export type PlanResultRow = {
  id: number;
  year: number;
  indicator: string;
  label: string;
  measure: string;
  unitId: number | null;
  target: number;
  /** The computed or entered result; null when an entered result is still missing. */
  result: number | null;
  /** The target's result as entered, even for a computed indicator (where it is not used). */
  enteredResult: number | null;
  source: 'computed' | 'entered';
  /** Whole percent achieved, or null without a result or with a zero target. */
  percent: number | null;
  /** "37/50 THT, đạt 74%", or "50 THT, chưa có kết quả". */
  summary: string;
};

function inUnit(column: Prisma.Sql, unitId: number | null): Prisma.Sql {
  return unitId == null ? Prisma.empty : Prisma.sql`AND ${column} IN (${unitFilterSql(unitId)})`;
}

/** The CTE `computed(indicator, value)`: one row per computed indicator for the year and unit. */
function computedCte(year: number, unitId: number | null): Prisma.Sql {
  const from = Prisma.sql`make_date(${year}::int, 1, 1)`;
  const to = Prisma.sql`make_date(${year}::int + 1, 1, 1)`;
  const founded = Prisma.sql`o."establishedOn" >= ${from} AND o."establishedOn" < ${to}`;
  const activityInUnit =
    unitId == null
      ? Prisma.empty
      : Prisma.sql`AND (a."unitId" IN (${unitFilterSql(unitId)}) OR EXISTS (
          SELECT 1 FROM "SupportActivityOrganization" sao JOIN "Organization" so ON so.id = sao."organizationId"
          WHERE sao."activityId" = a.id AND so."unitId" IN (${unitFilterSql(unitId)})))`;
  return Prisma.sql`
    org AS (
      SELECT count(*) FILTER (WHERE o.kind = 'COOPERATIVE' AND ${founded}) AS coops,
             count(*) FILTER (WHERE o.kind = 'UNION' AND ${founded}) AS unions,
             count(*) FILTER (WHERE o.kind = 'GROUP' AND ${founded}) AS groups,
             count(*) FILTER (WHERE o.kind = 'CREDIT_FUND' AND ${founded}) AS funds,
             count(*) FILTER (WHERE o."allianceJoinedOn" >= ${from} AND o."allianceJoinedOn" < ${to}) AS joined
      FROM "Organization" o
      WHERE o."deletedAt" IS NULL ${inUnit(Prisma.sql`o."unitId"`, unitId)}
    ), act AS (
      SELECT count(*) FILTER (WHERE a.kind = 'TRAINING') AS classes,
             coalesce(sum(a.attendees) FILTER (WHERE a.kind = 'TRAINING'), 0) AS trainees,
             count(*) FILTER (WHERE a.kind = 'TRADE_FAIR') AS fairs
      FROM "SupportActivity" a
      WHERE a."startsOn" >= ${from} AND a."startsOn" < ${to} ${activityInUnit}
    ), loan AS (
      SELECT count(*) AS loans, coalesce(sum(l.principal), 0) AS principal
      FROM "Loan" l JOIN "Organization" o ON o.id = l."organizationId"
      WHERE l."disbursedOn" >= ${from} AND l."disbursedOn" < ${to} AND o."deletedAt" IS NULL ${inUnit(Prisma.sql`o."unitId"`, unitId)}
    ), award AS (
      SELECT count(*) AS awards
      FROM "Award" w LEFT JOIN "Organization" o ON o.id = w."organizationId"
      WHERE w.year = ${year}::int ${inUnit(Prisma.sql`o."unitId"`, unitId)}
    ), ocop AS (
      SELECT count(*) AS products
      FROM "OcopProduct" p JOIN "Organization" o ON o.id = p."organizationId"
      WHERE p."certifiedYear" = ${year}::int AND o."deletedAt" IS NULL ${inUnit(Prisma.sql`o."unitId"`, unitId)}
    ), computed(indicator, value) AS (
      SELECT 'NEW_COOPERATIVES', coops::numeric FROM org
      UNION ALL SELECT 'NEW_UNIONS', unions::numeric FROM org
      UNION ALL SELECT 'NEW_GROUPS', groups::numeric FROM org
      UNION ALL SELECT 'NEW_CREDIT_FUNDS', funds::numeric FROM org
      UNION ALL SELECT 'ALLIANCE_MEMBERS', joined::numeric FROM org
      UNION ALL SELECT 'TRAINING_CLASSES', classes::numeric FROM act
      UNION ALL SELECT 'TRAINEES', trainees::numeric FROM act
      UNION ALL SELECT 'TRADE_FAIRS', fairs::numeric FROM act
      UNION ALL SELECT 'OCOP_PRODUCTS', products::numeric FROM ocop
      UNION ALL SELECT 'LOANS', loans::numeric FROM loan
      UNION ALL SELECT 'LOAN_AMOUNT', round(principal::numeric / 1000000, 2) FROM loan
      UNION ALL SELECT 'AWARDS', awards::numeric FROM award
    )`;
}

/** Every computed figure of the year (and unit), whether or not a target is set on it. */
export async function computedIndicators(year: number, unitId: number | null = null): Promise<Record<ComputedIndicatorCode, number>> {
  const rows = await prisma.$queryRaw<{ indicator: string; value: string }[]>`
    WITH ${computedCte(year, unitId)}
    SELECT indicator, value::text AS value FROM computed`;
  const out = {} as Record<ComputedIndicatorCode, number>;
  for (const r of rows) if (isComputedIndicator(r.indicator)) out[r.indicator] = Number(r.value);
  return out;
}

/** "37/50 THT, đạt 74%" (the reports' wording). */
export function planSummary(target: number, result: number | null, measure: string, percent: number | null): string {
  if (result === null) return `${formatNumber(target)} ${measure}, chưa có kết quả`;
  const head = `${formatNumber(result)}/${formatNumber(target)} ${measure}`;
  return percent === null ? head : `${head}, đạt ${formatNumber(percent)}%`;
}

/**
 * The targets of a year for the province (unitId omitted or null) or for one unit, each with its
 * result and % achieved, in the order of PLAN_INDICATORS (then free indicators by label).
 */
export async function planResults(year: number, unitId: number | null = null): Promise<PlanResultRow[]> {
  const order = Prisma.join(Object.keys(PLAN_INDICATORS).map((c) => Prisma.sql`${c}`));
  const rows = await prisma.$queryRaw<
    { id: number; year: number; indicator: string; label: string; measure: string; unitId: number | null; target: string; entered: string | null; computed: string | null; percent: number | null }[]
  >`
    WITH ${computedCte(year, unitId)}, t AS (
      SELECT pt.*, c.value AS computed, coalesce(c.value, pt.result) AS outcome
      FROM "PlanTarget" pt LEFT JOIN computed c ON c.indicator = pt.indicator
      WHERE pt.year = ${year}::int AND ${unitId == null ? Prisma.sql`pt."unitId" IS NULL` : Prisma.sql`pt."unitId" = ${unitId}`}
    )
    SELECT t.id, t.year, t.indicator, t.label, t.measure, t."unitId",
           t.target::text AS target, t.result::text AS entered, t.computed::text AS computed,
           CASE WHEN t.outcome IS NULL OR t.target = 0 THEN NULL ELSE round(t.outcome * 100 / t.target)::int END AS percent
    FROM t
    ORDER BY array_position(ARRAY[${order}]::text[], t.indicator) NULLS LAST, lower(t.label), t.id`;
  return rows.map((r) => {
    const target = Number(r.target);
    const source = r.computed !== null ? 'computed' : 'entered';
    const result = r.computed !== null ? Number(r.computed) : r.entered !== null ? Number(r.entered) : null;
    return {
      id: r.id,
      year: r.year,
      indicator: r.indicator,
      label: r.label,
      measure: r.measure,
      unitId: r.unitId,
      target,
      result,
      enteredResult: r.entered !== null ? Number(r.entered) : null,
      source,
      percent: r.percent,
      summary: planSummary(target, result, r.measure, r.percent),
    };
  });
}
