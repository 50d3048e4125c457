/**
 * Gathers a report's figures from the statistics engine, all in parallel: the app passes the
 * cached engine (lib/stats/cached.ts), `npm run bench:stats` the engine on its own database, so
 * the benchmark times what a download computes. Nothing is counted here but the province's name.
 */
import type { OrgKind } from '@/lib/generated/prisma/enums';
import type { DashboardApi } from '@/lib/stats/dashboard';
import { ratingYearFor, type StatsDb } from '@/lib/stats/engine';
import type { StatsFilter, UnitMode } from '@/lib/stats/types';

import type { ReportData } from './content';
import type { ReportPeriodRow } from './queries';

/** The province valid on a day ("Kiên Giang" before 1/7/2025, "An Giang" after), by name. */
async function getProvinceName(db: StatsDb, day: string): Promise<string> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    SELECT name FROM "AdministrativeUnit"
     WHERE level = 'PROVINCE' AND "validFrom" <= ${day}::date AND ("validTo" IS NULL OR "validTo" >= ${day}::date)
     ORDER BY "validFrom" DESC LIMIT 1`;
  return rows[0]?.name ?? '';
}

/**
 * Everything a report of `period` as of `asOf` shows: by default over the units of the time and
 * approved reports only, as a report signed for the record should be.
 */
export async function getReportData(
  api: DashboardApi,
  db: StatsDb,
  period: ReportPeriodRow,
  asOf: string,
  issuedOn: string,
  options: { unitMode?: UnitMode; includeUnapproved?: boolean } = {},
): Promise<ReportData> {
  const unitMode = options.unitMode ?? 'AT_THE_TIME';
  const includeUnapproved = options.includeUnapproved ?? false;
  const filter: StatsFilter = { asOf, unitMode, includeUnapproved };
  const previousYearEndDate = `${period.year - 1}-12-31`;
  const htx: OrgKind[] = ['COOPERATIVE', 'CREDIT_FUND'];
  const [snapshot, previous, cooperativeSectors, byUnit, flows, ratings, support, plan, province] = await Promise.all([
    api.snapshot(filter),
    api.snapshot({ ...filter, asOf: previousYearEndDate }),
    api.breakdown({ ...filter, kinds: htx }, 'sectorGroup', { then: 'sector' }),
    api.breakdown(filter, 'unit', { then: 'kind' }),
    api.flows(filter, { from: period.startsOn, to: asOf }, 'kind'),
    api.ratings({ ...filter, kinds: htx }, ratingYearFor(asOf)),
    api.support(filter, { from: period.startsOn, to: asOf }),
    api.plan(period.year, { asOf }),
    getProvinceName(db, issuedOn),
  ]);
  return {
    period: { year: period.year, kind: period.kind, startsOn: period.startsOn, endsOn: period.endsOn },
    asOf,
    issuedOn,
    province,
    unitMode,
    includeUnapproved,
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
