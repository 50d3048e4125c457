/**
 * Plan against result ("37/50 THT, đạt 74%"), computed in SQL: the one module behind the plan
 * page, the leaders' dashboards and the generated report, so that a leader reads one result for
 * one target wherever it shows.
 *
 *   await planResults(2025);                                      // the province's targets for 2025
 *   await planResults(2025, communeId);                           // a unit's own targets
 *   await getPlanResults(db, 2023, { asOf: '2023-06-30' });       // results up to a day (reports)
 *   await computedIndicators(2025);                               // every measurable figure
 *
 * A target's result is COMPUTED for the indicators the data can measure (PLAN_INDICATORS with
 * `computed: true`) and ENTERED (PlanTarget.result) otherwise. Computed figures count, within the
 * year up to `asOf` (1/1 to 31/12 inclusive by default):
 * - new cooperatives / unions / groups / credit funds: organizations of that kind whose
 *   establishedOn falls in the year (soft-deleted records left out; later dissolution does not
 *   undo a founding);
 * - alliance members: allianceJoinedOn in the year;
 * - training classes and attendees: SupportActivity of kind TRAINING starting in the year (count,
 *   sum of attendees); trade fairs: kind TRADE_FAIR;
 * - OCOP products: certifiedYear (the data holds only the year, so asOf does not cut it); loans:
 *   disbursedOn in the year (count; LOAN_AMOUNT is the sum of principals in triệu đồng); awards:
 *   Award.year, decided by asOf when the decision date is known.
 * With a unit, figures are limited to organizations registered in it (a former district includes
 * the communes that succeeded it); an activity counts when held in the unit or serving one of its
 * organizations. % achieved is result × 100 / target, rounded half up to a whole percent, as the
 * reports write it ("37/50 THT, đạt 74%").
 */
import { prisma, type Db } from '@/lib/db';
import { formatNumber } from '@/lib/format/number';
import { Prisma } from '@/lib/generated/prisma/client';
import { unitFilterSql } from '@/lib/units/subtree';
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

/** `AND column IN scope`: the unit's ids are computed once, in the `scope` CTE. */
function inUnit(column: Prisma.Sql, unitId: number | null): Prisma.Sql {
  return unitId == null ? Prisma.empty : Prisma.sql`AND ${column} IN (SELECT id FROM scope)`;
}

/** The CTE `computed(indicator, value)`: one row per computed indicator for the year and unit. */
function computedCte(year: number, unitId: number | null, asOf: string): Prisma.Sql {
  const from = Prisma.sql`make_date(${year}::int, 1, 1)`;
  // The day after asOf: every bound below is "on or after from, before to".
  const to = Prisma.sql`(${asOf}::date + 1)`;
  const founded = Prisma.sql`o."establishedOn" >= ${from} AND o."establishedOn" < ${to}`;
  const activityInUnit =
    unitId == null
      ? Prisma.empty
      : Prisma.sql`AND (a."unitId" IN (SELECT id FROM scope) OR EXISTS (
          SELECT 1 FROM "SupportActivityOrganization" sao JOIN "Organization" so ON so.id = sao."organizationId"
          WHERE sao."activityId" = a.id AND so."unitId" IN (SELECT id FROM scope)))`;
  return Prisma.sql`
    scope AS MATERIALIZED (${unitId == null ? Prisma.sql`SELECT NULL::int AS id WHERE false` : unitFilterSql(unitId)}),
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
      WHERE w.year = ${year}::int AND (w."decisionDate" IS NULL OR w."decisionDate" < ${to}) ${inUnit(Prisma.sql`o."unitId"`, unitId)}
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

type PlanDb = Pick<Db, '$queryRaw'>;

/** The last day counted: asOf when it falls within the year, else 31/12 of the year. */
function lastDay(year: number, asOf?: string): string {
  const yearEnd = `${year}-12-31`;
  return asOf && asOf < yearEnd ? asOf : yearEnd;
}

/** Every computed figure of the year (and unit) up to asOf, whether or not a target is set on it. */
export async function computedIndicators(
  year: number,
  unitId: number | null = null,
  options: { db?: PlanDb; asOf?: string } = {},
): Promise<Record<ComputedIndicatorCode, number>> {
  const db = options.db ?? prisma;
  const rows = await db.$queryRaw<{ indicator: string; value: string }[]>`
    WITH ${computedCte(year, unitId, lastDay(year, options.asOf))}
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

export type PlanResults = { year: number; unitId: number | null; asOf: string; rows: PlanResultRow[] };

/**
 * The targets of a year for the province (unitId null) or for one unit, each with its result up to
 * asOf (default 31/12) and % achieved, in the order of PLAN_INDICATORS (then free indicators by
 * label). `db` is the app's client unless a script or test passes its own.
 */
export async function getPlanResults(db: PlanDb, year: number, options: { unitId?: number | null; asOf?: string } = {}): Promise<PlanResults> {
  const unitId = options.unitId ?? null;
  const asOf = lastDay(year, options.asOf);
  const order = Prisma.join(Object.keys(PLAN_INDICATORS).map((c) => Prisma.sql`${c}`));
  // Before the year starts nothing can have been achieved: the targets stand without results.
  const computed =
    asOf < `${year}-01-01`
      ? Prisma.sql`computed(indicator, value) AS (SELECT NULL::text, NULL::numeric WHERE false)`
      : computedCte(year, unitId, asOf);
  const rows = await db.$queryRaw<
    { id: number; year: number; indicator: string; label: string; measure: string; unitId: number | null; target: string; entered: string | null; computed: string | null; percent: number | null }[]
  >`
    WITH ${computed}, t AS (
      SELECT pt.*, c.value AS computed, coalesce(c.value, pt.result) AS outcome
      FROM "PlanTarget" pt LEFT JOIN computed c ON c.indicator = pt.indicator
      WHERE pt.year = ${year}::int AND ${unitId == null ? Prisma.sql`pt."unitId" IS NULL` : Prisma.sql`pt."unitId" = ${unitId}`}
    )
    SELECT t.id, t.year, t.indicator, t.label, t.measure, t."unitId",
           t.target::text AS target, t.result::text AS entered, t.computed::text AS computed,
           CASE WHEN t.outcome IS NULL OR t.target = 0 THEN NULL ELSE round(t.outcome * 100 / t.target)::int END AS percent
    FROM t
    ORDER BY array_position(ARRAY[${order}]::text[], t.indicator) NULLS LAST, lower(t.label), t.id`;
  return {
    year,
    unitId,
    asOf,
    rows: rows.map((r) => {
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
    }),
  };
}

/** The plan page's rows: the whole year's targets of the province or a unit. */
export async function planResults(year: number, unitId: number | null = null): Promise<PlanResultRow[]> {
  return (await getPlanResults(prisma, year, { unitId })).rows;
}
