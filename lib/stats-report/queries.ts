import 'server-only';

/**
 * Gathers a report's figures from the statistics engine (lib/stats/engine.ts), all in parallel.
 * The only figures computed here are the plan results the engine does not measure: a small query
 * in the engine's style (SQL aggregates) over PlanTarget, with results measured from the engine's
 * flows and support summaries where the register can count them.
 */
import { prisma } from '@/lib/db';
import type { OrgKind, PeriodKind } from '@/lib/generated/prisma/enums';
import { Prisma } from '@/lib/generated/prisma/client';
import { getBreakdown, getFlows, getRatingDistribution, getSnapshot, getSupport, ratingYearFor } from '@/lib/stats/engine';
import type { FlowRow, PlanResultRow, StatsFilter, SupportSummary } from '@/lib/stats/types';

import type { ReportData } from './content';

export type ReportPeriodRow = { id: number; year: number; kind: PeriodKind; startsOn: string; endsOn: string };

/** Every reporting period, newest first, for the form. */
export async function getReportPeriods(): Promise<ReportPeriodRow[]> {
  return prisma.$queryRaw<ReportPeriodRow[]>`
    SELECT id, year, kind::text AS kind, to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", to_char("endsOn", 'YYYY-MM-DD') AS "endsOn"
      FROM "ReportingPeriod" ORDER BY "endsOn" DESC, kind`;
}

export async function getReportPeriod(year: number, kind: PeriodKind): Promise<ReportPeriodRow | null> {
  const rows = await prisma.$queryRaw<ReportPeriodRow[]>`
    SELECT id, year, kind::text AS kind, to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", to_char("endsOn", 'YYYY-MM-DD') AS "endsOn"
      FROM "ReportingPeriod" WHERE year = ${year} AND kind = ${kind}::"PeriodKind"`;
  return rows[0] ?? null;
}

/** The province valid on a day ("Kiên Giang" before 1/7/2025, "An Giang" after), by name. */
export async function getProvinceName(day: string): Promise<string> {
  const rows = await prisma.$queryRaw<{ name: string }[]>`
    SELECT name FROM "AdministrativeUnit"
     WHERE level = 'PROVINCE' AND "validFrom" <= ${day}::date AND ("validTo" IS NULL OR "validTo" >= ${day}::date)
     ORDER BY "validFrom" DESC LIMIT 1`;
  return rows[0]?.name ?? '';
}

/** Indicators the register and the support records can count; the rest are entered by hand. */
function measuredResult(indicator: string, yearFlows: FlowRow[], support: SupportSummary): number | null {
  const founded = (kinds: OrgKind[]) => yearFlows.filter((r) => r.key !== null && kinds.includes(r.key as OrgKind)).reduce((s, r) => s + r.founded, 0);
  const training = support.activities.find((a) => a.kind === 'TRAINING');
  switch (indicator) {
    case 'NEW_COOPERATIVES':
      return founded(['COOPERATIVE', 'CREDIT_FUND']);
    case 'NEW_GROUPS':
      return founded(['GROUP']);
    case 'NEW_UNIONS':
      return founded(['UNION']);
    case 'TRAINING_CLASSES':
      return training?.activities ?? 0;
    case 'TRAINEES':
      return training?.attendees ?? 0;
    default:
      return null;
  }
}

/** Province-wide plan targets of a year with their results as of `asOf`. */
export async function getPlanResults(year: number, asOf: string): Promise<PlanResultRow[]> {
  const yearStart = `${year}-01-01`;
  const filter: StatsFilter = { asOf };
  const [targets, flows, support] = await Promise.all([
    prisma.$queryRaw<{ indicator: string; label: string; measure: string; target: string; result: string | null }[]>(Prisma.sql`
      SELECT indicator, label, measure, target::text AS target, result::text AS result
        FROM "PlanTarget" WHERE year = ${year} AND "unitId" IS NULL ORDER BY id`),
    getFlows(prisma, filter, { from: yearStart, to: asOf }, 'kind'),
    getSupport(prisma, filter, { from: yearStart, to: asOf }),
  ]);
  return targets.map((t) => {
    const measured = measuredResult(t.indicator, flows.rows, support);
    const result = measured ?? (t.result === null ? null : Number(t.result));
    const target = Number(t.target);
    return {
      indicator: t.indicator,
      label: t.label,
      measure: t.measure,
      unitId: null,
      target,
      result,
      measured: measured !== null,
      percent: result === null || target <= 0 ? null : Math.round((result * 1000) / target) / 10,
    };
  });
}

/** Everything a report of `period` as of `asOf` shows. */
export async function getReportData(period: ReportPeriodRow, asOf: string, issuedOn: string): Promise<ReportData> {
  const filter: StatsFilter = { asOf, unitMode: 'AT_THE_TIME' };
  const previousYearEndDate = `${period.year - 1}-12-31`;
  const htx: OrgKind[] = ['COOPERATIVE', 'CREDIT_FUND'];
  const [snapshot, previous, cooperativeSectors, byUnit, flows, ratings, support, plan, province] = await Promise.all([
    getSnapshot(prisma, filter),
    getSnapshot(prisma, { ...filter, asOf: previousYearEndDate }),
    getBreakdown(prisma, { ...filter, kinds: htx }, 'sectorGroup', { then: 'sector' }),
    getBreakdown(prisma, filter, 'unit', { then: 'kind' }),
    getFlows(prisma, filter, { from: period.startsOn, to: asOf }, 'kind'),
    getRatingDistribution(prisma, { ...filter, kinds: htx }, ratingYearFor(asOf)),
    getSupport(prisma, filter, { from: period.startsOn, to: asOf }),
    getPlanResults(period.year, asOf),
    getProvinceName(issuedOn),
  ]);
  return {
    period: { year: period.year, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn },
    asOf,
    issuedOn,
    province,
    unitMode: 'AT_THE_TIME',
    byKind: snapshot.byKind,
    previousYearEnd: previous.byKind,
    previousYearEndDate,
    cooperativeSectors,
    byUnit,
    flows,
    ratings,
    support,
    plan,
  };
}
