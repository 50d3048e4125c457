import 'server-only';

/**
 * Gathers a report's figures from the statistics engine (through its cached wrappers,
 * lib/stats/cached.ts), all in parallel. Nothing is counted here but the reporting periods and the
 * province's name.
 */
import { prisma } from '@/lib/db';
import type { OrgKind, PeriodKind } from '@/lib/generated/prisma/enums';
import {
  getStatsBreakdown,
  getStatsFlows,
  getStatsPlanResults,
  getStatsRatings,
  getStatsSnapshot,
  getStatsSupport,
} from '@/lib/stats/cached';
import { ratingYearFor } from '@/lib/stats/engine';
import type { StatsFilter } from '@/lib/stats/types';

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

/** Everything a report of `period` as of `asOf` shows. */
export async function getReportData(period: ReportPeriodRow, asOf: string, issuedOn: string): Promise<ReportData> {
  const filter: StatsFilter = { asOf, unitMode: 'AT_THE_TIME' };
  const previousYearEndDate = `${period.year - 1}-12-31`;
  const htx: OrgKind[] = ['COOPERATIVE', 'CREDIT_FUND'];
  const [snapshot, previous, cooperativeSectors, byUnit, flows, ratings, support, plan, province] = await Promise.all([
    getStatsSnapshot(filter),
    getStatsSnapshot({ ...filter, asOf: previousYearEndDate }),
    getStatsBreakdown({ ...filter, kinds: htx }, 'sectorGroup', { then: 'sector' }),
    getStatsBreakdown(filter, 'unit', { then: 'kind' }),
    getStatsFlows(filter, { from: period.startsOn, to: asOf }, 'kind'),
    getStatsRatings({ ...filter, kinds: htx }, ratingYearFor(asOf)),
    getStatsSupport(filter, { from: period.startsOn, to: asOf }),
    getStatsPlanResults(period.year, { asOf, unitMode: 'AT_THE_TIME' }),
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
    plan: plan.rows,
  };
}
