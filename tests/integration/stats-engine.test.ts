/**
 * The statistics engine's as-of rules on a small province made by hand, with every answer worked
 * out on paper (below) rather than by another query.
 *
 * Units: province P_old (to 30/6/2025) with districts A, B, S; province P_new (from 1/7/2025)
 * with communes AB (A and B merged, share 1 each), S1 and S2 (S split 60/40).
 *
 * Organizations (register unit in brackets; reports: period → report unit, members):
 *  o1 HTX  [AB] founded 2020            2024H1 A 10 · 2024FY A 12 · 2025H1 A 14 · 2025FY AB 16 (SUBMITTED)
 *  o2 HTX  [AB] founded 2024-03-01       2024H1 B 20 · 2024FY B 22 · 2025FY AB 24
 *  o3 THT  [S]  founded 2024-02-01, dissolved 2024-05-10 (same half-year); 2024H1 S 99 (after the end: ignored)
 *  o4 HTX  [S]  founded 2020, dissolved 2025-03-01 (before the split: stays on S)   2024H1 S 10 · 2024FY S 10
 *  o5 QTD  [S1] founded 2024-12-31 (boundary)   2024FY S 100 · 2025FY S1 110 (loans 1000, bad 1%, deposits 500)
 *  o6 HTX  [A]  founded 2020, merged 2024-12-31 (boundary)   2024H1 A 7
 *  o7 QTD  [AB] founded 2020, no report before 2025   2025FY AB 50 (loans 3000, bad 3%, deposits 2000)
 * Ratings 2024: o1 GOOD (approved), o2 FAIR (submitted, not approved).
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { expireStatsTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { getBreakdown, getCreditFunds, getFlows, getRatingDistribution, getSnapshot, getTrend } from '@/lib/stats/engine';
import type { Breakdown, StatsFilter } from '@/lib/stats/types';
import { createOrganization, createReport, createReportingPeriod, createUnit } from '@/prisma/seed/factories';
import { utc } from '@/prisma/seed/dates';
import { takeExpired } from '@/tests/setup/next-runtime';

const TODAY = '2026-11-23';
const u: Record<string, number> = {};
const o: Record<string, number> = {};

beforeAll(async () => {
  const old = { validFrom: utc(2004, 1, 1), validTo: utc(2025, 6, 30) };
  const now = { validFrom: utc(2025, 7, 1) };
  u.P_old = (await createUnit(prisma, { ...old, level: 'PROVINCE', type: 'Tỉnh', name: 'Cũ' })).id;
  u.P_new = (await createUnit(prisma, { ...now, level: 'PROVINCE', type: 'Tỉnh', name: 'Mới' })).id;
  for (const name of ['A', 'B', 'S']) u[name] = (await createUnit(prisma, { ...old, level: 'DISTRICT', type: 'Huyện', name, parentId: u.P_old })).id;
  for (const name of ['AB', 'S1', 'S2']) u[name] = (await createUnit(prisma, { ...now, level: 'COMMUNE', type: 'Xã', name, parentId: u.P_new })).id;
  const reform = utc(2025, 7, 1);
  await prisma.unitSuccession.createMany({
    data: [
      { predecessorId: u.P_old, successorId: u.P_new, effectiveOn: reform, share: null },
      { predecessorId: u.A, successorId: u.AB, effectiveOn: reform, share: '1' },
      { predecessorId: u.B, successorId: u.AB, effectiveOn: reform, share: '1' },
      { predecessorId: u.S, successorId: u.S1, effectiveOn: reform, share: '0.6' },
      { predecessorId: u.S, successorId: u.S2, effectiveOn: reform, share: '0.4' },
    ],
  });

  const p = {
    h24: (await createReportingPeriod(prisma, { year: 2024, kind: 'FIRST_HALF' })).id,
    y24: (await createReportingPeriod(prisma, { year: 2024, kind: 'FULL_YEAR' })).id,
    h25: (await createReportingPeriod(prisma, { year: 2025, kind: 'FIRST_HALF' })).id,
    y25: (await createReportingPeriod(prisma, { year: 2025, kind: 'FULL_YEAR' })).id,
  };
  const y2020 = utc(2020, 1, 15);
  o.o1 = (await createOrganization(prisma, { unitId: u.AB, establishedOn: y2020 })).id;
  o.o2 = (await createOrganization(prisma, { unitId: u.AB, establishedOn: utc(2024, 3, 1) })).id;
  o.o3 = (await createOrganization(prisma, { unitId: u.S, kind: 'GROUP', establishedOn: utc(2024, 2, 1), status: 'DISSOLVED', statusChangedOn: utc(2024, 5, 10) })).id;
  o.o4 = (await createOrganization(prisma, { unitId: u.S, establishedOn: y2020, status: 'DISSOLVED', statusChangedOn: utc(2025, 3, 1) })).id;
  o.o5 = (await createOrganization(prisma, { unitId: u.S1, kind: 'CREDIT_FUND', establishedOn: utc(2024, 12, 31) })).id;
  o.o6 = (await createOrganization(prisma, { unitId: u.A, establishedOn: y2020, status: 'MERGED', statusChangedOn: utc(2024, 12, 31) })).id;
  o.o7 = (await createOrganization(prisma, { unitId: u.AB, kind: 'CREDIT_FUND', establishedOn: y2020 })).id;

  const report = (org: string, periodId: number, unit: string, members: number, extra: Parameters<typeof createReport>[1] extends infer R ? Partial<R & object> : never = {}) =>
    createReport(prisma, { organizationId: o[org], periodId, unitId: u[unit], status: 'ACTIVE', members, ...extra });
  await report('o1', p.h24, 'A', 10);
  await report('o1', p.y24, 'A', 12);
  await report('o1', p.h25, 'A', 14);
  await report('o1', p.y25, 'AB', 16, { state: 'SUBMITTED', enteredAt: new Date() });
  await report('o2', p.h24, 'B', 20);
  await report('o2', p.y24, 'B', 22);
  await report('o2', p.y25, 'AB', 24);
  await report('o3', p.h24, 'S', 99);
  await report('o4', p.h24, 'S', 10);
  await report('o4', p.y24, 'S', 10);
  await report('o5', p.y24, 'S', 100, { deposits: 400n, loansOutstanding: 300n, badDebtRatio: '2.00' });
  await report('o5', p.y25, 'S1', 110, { deposits: 500n, loansOutstanding: 1000n, badDebtRatio: '1.00' });
  await report('o6', p.h24, 'A', 7);
  await report('o7', p.y25, 'AB', 50, { deposits: 2000n, loansOutstanding: 3000n, badDebtRatio: '3.00' });

  const scheme = await prisma.ratingScheme.create({
    data: { code: 'T', name: 'Thử', legalBasis: 'Thử', maxPoints: 100, minMonthsOperating: 12, validFrom: utc(2020, 1, 1) },
  });
  await prisma.ratingAssessment.create({ data: { organizationId: o.o1, schemeId: scheme.id, year: 2024, rating: 'GOOD', state: 'APPROVED' } });
  await prisma.ratingAssessment.create({ data: { organizationId: o.o2, schemeId: scheme.id, year: 2024, rating: 'FAIR', state: 'SUBMITTED' } });
});

const at = (asOf: string, extra: Partial<StatsFilter> = {}): StatsFilter => ({ asOf, today: TODAY, ...extra });
const byUnit = (b: Breakdown) => Object.fromEntries(b.rows.map((r) => [r.key, { n: r.organizations, members: r.members }]));

describe('existence on a date', () => {
  it('counts what exists at the end of 2024 with the figures of each latest approved report', async () => {
    const s = await getSnapshot(prisma, at('2024-12-31'));
    // o1, o2, o4, o5 (founded that day), o7 (no report yet); not o3 (dissolved), not o6 (merged that day).
    expect(s.total.organizations).toBe(5);
    expect(s.total.reporting).toBe(4);
    expect(s.byKind.COOPERATIVE.organizations).toBe(3);
    expect(s.byKind.CREDIT_FUND.organizations).toBe(2);
    // 12 (o1 2024FY) + 22 (o2) + 10 (o4) + 100 (o5).
    expect(s.total.members).toBe(144);
    expect(s.meta).toMatchObject({ asOf: '2024-12-31', unitMode: 'AT_THE_TIME', includeUnapproved: false });
  });

  it('the day before: the merged one still exists, the one founded on the 31st not yet', async () => {
    const s = await getSnapshot(prisma, at('2024-12-30'));
    // o1, o2, o4, o6, o7: members from the 2024H1 reports 10 + 20 + 10 + 7.
    expect(s.total.organizations).toBe(5);
    expect(s.total.members).toBe(47);
  });

  it('ignores a report of a period that ended after the organization was dissolved', async () => {
    const s = await getSnapshot(prisma, at('2024-06-30'));
    expect(s.byKind.GROUP.organizations).toBe(0);
    expect(s.total.members).toBe(47);
  });

  it('uses submitted reports only when asked to', async () => {
    expect((await getSnapshot(prisma, at('2025-12-31'))).total.members).toBe(14 + 24 + 110 + 50);
    const withUnapproved = await getSnapshot(prisma, at('2025-12-31', { includeUnapproved: true }));
    expect(withUnapproved.total.members).toBe(16 + 24 + 110 + 50);
    expect(withUnapproved.meta.includeUnapproved).toBe(true);
  });

  it('trend at each half-year end', async () => {
    const t = await getTrend(prisma, at('2025-12-31'), { fromYear: 2024, toYear: 2025 });
    const all = t.points.filter((p) => p.kind === null).map((p) => [p.date, p.organizations]);
    expect(all).toEqual([['2024-06-30', 5], ['2024-12-31', 5], ['2025-06-30', 4], ['2025-12-31', 4]]);
  });

  it('a trend long enough to be asked in two statements has every date, each with its own figures', async () => {
    const t = await getTrend(prisma, at('2025-12-31'), { fromYear: 2020, toYear: 2025 });
    const all = t.points.filter((p) => p.kind === null).map((p) => [p.date, p.organizations, p.reporting, p.members]);
    // To 2023: o1, o4, o6, o7 and no report. 30/6/2025: o1 (2025H1 14), o2 and o5 from their
    // 2024FY reports (22, 100), o7 without one. 31/12/2025: o1's 2025FY is not approved: its 2025H1 14.
    const before2024 = ['2020', '2021', '2022', '2023'].flatMap((y) => [[`${y}-06-30`, 4, 0, 0], [`${y}-12-31`, 4, 0, 0]]);
    expect(all).toEqual([
      ...before2024,
      ['2024-06-30', 5, 4, 47],
      ['2024-12-31', 5, 4, 144],
      ['2025-06-30', 4, 3, 136],
      ['2025-12-31', 4, 4, 198],
    ]);
  });
});

describe('new and ended', () => {
  it('counts one founded and dissolved in the same half-year in both, by half-year', async () => {
    const f = await getFlows(prisma, at('2024-12-31'), { from: '2024-01-01', to: '2024-12-31', bucket: 'half' });
    expect(f.total).toMatchObject({ founded: 3, ended: 2, DISSOLVED: 1, MERGED: 1 });
    const rows = f.rows.map((r) => [r.periodStart, r.periodEnd, r.founded, r.ended]);
    expect(rows).toEqual([['2024-01-01', '2024-06-30', 2, 1], ['2024-07-01', '2024-12-31', 1, 1]]);
  });

  it('by kind, over a period', async () => {
    const f = await getFlows(prisma, at('2025-12-31'), { from: '2025-01-01', to: '2025-12-31' }, 'kind');
    expect(f.total).toMatchObject({ founded: 0, ended: 1, DISSOLVED: 1 });
    expect(f.rows.filter((r) => r.key !== null).map((r) => [r.key, r.ended])).toEqual([['COOPERATIVE', 1]]);
  });
});

describe('units across the reform', () => {
  it('by the units of the time: report units, and a merged unit goes back to its first predecessor', async () => {
    const b = await getBreakdown(prisma, at('2024-12-31'), 'unit');
    expect(b.meta.unitMode).toBe('AT_THE_TIME');
    // o7 has no report: its register unit AB goes back to A (equal shares: the lower id).
    expect(byUnit(b)).toEqual({ [u.A]: { n: 2, members: 12 }, [u.B]: { n: 1, members: 22 }, [u.S]: { n: 2, members: 110 } });
    expect(b.rows.find((r) => r.key === String(u.S))?.label).toBe('Huyện S');
  });

  it("re-totalled onto today's units, with a split unit shared 60/40", async () => {
    const b = await getBreakdown(prisma, at('2024-12-31', { unitMode: 'TODAY' }), 'unit');
    expect(b.meta.unitMode).toBe('TODAY');
    // o4 (dissolved before the split, on S) counts 0.6 in S1 and 0.4 in S2, with its 10 members.
    expect(byUnit(b)).toEqual({ [u.AB]: { n: 3, members: 34 }, [u.S1]: { n: 1.6, members: 106 }, [u.S2]: { n: 0.4, members: 4 } });
    expect(b.total.organizations).toBe(5);
    expect(b.total.members).toBe(144);
  });

  it('after the reform, a report of an abolished unit falls back to the register unit', async () => {
    const b = await getBreakdown(prisma, at('2025-12-31'), 'unit');
    expect(byUnit(b)).toEqual({ [u.AB]: { n: 3, members: 14 + 24 + 50 }, [u.S1]: { n: 1, members: 110 } });
  });

  it('filters by a unit of the time or by a unit of today', async () => {
    expect((await getSnapshot(prisma, at('2024-12-31', { unitId: u.S }))).total.organizations).toBe(2);
    const today = await getSnapshot(prisma, at('2024-12-31', { unitMode: 'TODAY', unitId: u.S1 }));
    expect(today.total.organizations).toBe(1.6);
    expect(today.total.members).toBe(106);
    // A unit of today asked for by the units of 2024 holds nothing: it did not exist.
    expect((await getSnapshot(prisma, at('2024-12-31', { unitId: u.S1 }))).total.organizations).toBe(0);
  });

  it('drills from the province to its units and from a unit to itself', async () => {
    const province = await getBreakdown(prisma, at('2024-12-31', { unitId: u.P_old }), 'unit');
    expect(province.rows.map((r) => r.key).sort()).toEqual([u.A, u.B, u.S].map(String).sort());
    const district = await getBreakdown(prisma, at('2024-12-31', { unitId: u.S }), 'unit');
    expect(byUnit(district)).toEqual({ [u.S]: { n: 2, members: 110 } });
  });
});

describe('ratings and credit funds', () => {
  it('rating distribution of a year over the organizations existing at its end', async () => {
    const r = await getRatingDistribution(prisma, at(TODAY), 2024);
    expect(r.rows.map((x) => [x.rating, x.organizations])).toEqual([['GOOD', 1], ['NONE', 4]]);
    const all = await getRatingDistribution(prisma, at(TODAY, { includeUnapproved: true }), 2024);
    expect(all.rows.map((x) => [x.rating, x.organizations])).toEqual([['GOOD', 1], ['FAIR', 1], ['NONE', 3]]);
  });

  it('credit funds: deposits and loans summed, bad-debt ratio weighted by loans', async () => {
    const c = await getCreditFunds(prisma, at('2025-12-31'));
    expect(c.total).toMatchObject({ organizations: 2, deposits: '2500', loansOutstanding: '4000', badDebtRatio: '2.50' });
  });
});

describe('cache expiry', () => {
  it('expireStatsTags expires the statistics of the sources named, and the public statistics pages', () => {
    takeExpired();
    expireStatsTags('reports');
    expect(takeExpired().sort()).toEqual(['stats', 'stats:reports']);
    expireStatsTags();
    expect(takeExpired().sort()).toEqual(['stats', 'stats:plans', 'stats:ratings', 'stats:register', 'stats:reports', 'stats:support']);
  });
});
