/**
 * Plan against result ("37/50 THT, đạt 74%"): the year's PlanTarget rows with their results.
 * Indicators the register can measure are counted by the engine up to asOf (new organizations
 * through getFlows, so they follow the same existence and unit rules); the others keep the result
 * staff entered on the target. If lib/plans/results.ts (the plans area) lands, it may replace this.
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { unitSubtreeSql } from '@/lib/units/subtree';

import { getFlows, statsQuery, type StatsDb } from './engine';
import { assertIsoDate } from './sql';
import type { IsoDate, PlanResultRow, PlanResults, UnitMode } from './types';

/** Indicators measured from the data, with how. */
export const MEASURED_INDICATORS = [
  'NEW_COOPERATIVES',
  'NEW_GROUPS',
  'NEW_UNIONS',
  'TRAINING_CLASSES',
  'TRAINEES',
  'ALLIANCE_MEMBERS',
  'OCOP_PRODUCTS',
] as const;

const round1 = (x: number) => Math.round(x * 10) / 10;

export async function getPlanResults(
  db: StatsDb,
  year: number,
  options: { unitId?: number | null; asOf?: IsoDate; unitMode?: UnitMode; today?: IsoDate } = {},
): Promise<PlanResults> {
  const unitId = options.unitId ?? null;
  const yearEnd = `${year}-12-31`;
  const asOf = assertIsoDate(options.asOf && options.asOf < yearEnd ? options.asOf : yearEnd, 'asOf');
  const from = `${year}-01-01`;
  const targets = await statsQuery<{ indicator: string; label: string; measure: string; unitId: number | null; target: string; result: string | null }[]>(db, Prisma.sql`
    SELECT t.indicator, t.label, t.measure, t."unitId", t.target::text, t.result::text
      FROM "PlanTarget" t
     WHERE t.year = ${year}::int AND ${unitId === null ? Prisma.sql`t."unitId" IS NULL` : Prisma.sql`t."unitId" = ${unitId}::int`}
     ORDER BY t.id`);
  if (targets.length === 0 || asOf < from) {
    return { year, unitId, asOf, rows: targets.map((t) => row(t, null, false)) };
  }

  const inUnit = (column: Prisma.Sql) => (unitId === null ? Prisma.sql`true` : Prisma.sql`${column} IN (${unitSubtreeSql(unitId)})`);
  const [flows, other] = await Promise.all([
    getFlows(db, { asOf, unitId, unitMode: options.unitMode ?? 'TODAY', today: options.today }, { from, to: asOf }, 'kind'),
    statsQuery<{ classes: number; trainees: number; members: number; ocop: number }[]>(db, Prisma.sql`
      SELECT
        (SELECT count(*)::int FROM "SupportActivity" a
          WHERE a.kind = 'TRAINING' AND a."startsOn" BETWEEN ${from}::date AND ${asOf}::date AND ${unitId === null ? Prisma.sql`true` : inUnit(Prisma.sql`a."unitId"`)}) AS classes,
        (SELECT coalesce(sum(a.attendees), 0)::int FROM "SupportActivity" a
          WHERE a.kind = 'TRAINING' AND a."startsOn" BETWEEN ${from}::date AND ${asOf}::date AND ${unitId === null ? Prisma.sql`true` : inUnit(Prisma.sql`a."unitId"`)}) AS trainees,
        (SELECT count(*)::int FROM "Organization" o
          WHERE o."deletedAt" IS NULL AND o."allianceMembership" <> 'NONE'
            AND o."allianceJoinedOn" BETWEEN ${from}::date AND ${asOf}::date AND ${inUnit(Prisma.sql`o."unitId"`)}) AS members,
        (SELECT count(*)::int FROM "OcopProduct" x JOIN "Organization" o ON o.id = x."organizationId"
          WHERE o."deletedAt" IS NULL AND x."certifiedYear" = ${year}::int AND ${inUnit(Prisma.sql`o."unitId"`)}) AS ocop`),
  ]);
  const founded = (kinds: string[]) => flows.rows.filter((r) => r.key !== null && kinds.includes(r.key)).reduce((s, r) => s + r.founded, 0);
  const o = other[0];
  const measured: Record<(typeof MEASURED_INDICATORS)[number], number> = {
    // A people's credit fund is a cooperative (Law 17/2023/QH15): counted with the HTX.
    NEW_COOPERATIVES: founded(['COOPERATIVE', 'CREDIT_FUND']),
    NEW_GROUPS: founded(['GROUP']),
    NEW_UNIONS: founded(['UNION']),
    TRAINING_CLASSES: o.classes,
    TRAINEES: o.trainees,
    ALLIANCE_MEMBERS: o.members,
    OCOP_PRODUCTS: o.ocop,
  };
  return {
    year,
    unitId,
    asOf,
    rows: targets.map((t) =>
      (MEASURED_INDICATORS as readonly string[]).includes(t.indicator)
        ? row(t, measured[t.indicator as keyof typeof measured], true)
        : row(t, t.result === null ? null : Number(t.result), false),
    ),
  };
}

function row(
  t: { indicator: string; label: string; measure: string; unitId: number | null; target: string; result: string | null },
  result: number | null,
  measured: boolean,
): PlanResultRow {
  const target = Number(t.target);
  const value = result ?? (t.result === null ? null : Number(t.result));
  return {
    indicator: t.indicator,
    label: t.label,
    measure: t.measure,
    unitId: t.unitId,
    target,
    result: value,
    measured,
    percent: value === null || target === 0 ? null : round1((value / target) * 100),
  };
}
