/**
 * The engine on the demo province against independent SQL written here (plain pg, the status
 * history and the reports read directly, no code shared with lib/stats), and against the figures
 * the seed guarantees (prisma/seed/expected.ts: the sơ kết of 30/6/2023).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { getBreakdown, getFlows, getOverview, getRatingDistribution, getSnapshot, getSupport, getTrend } from '@/lib/stats/engine';
import { getPlanResults } from '@/lib/plans/results';
import { EXPECTED_2023_H1, EXPECTED_SEED, seedDatabase } from '@/prisma/seed/index';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
const TODAY = EXPECTED_SEED.today;

beforeAll(async () => {
  await seedDatabase(prisma);
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

async function rows<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(sql, params)).rows;
}

/** Organizations existing on $1: established by then, latest status by then not an end. */
const EXISTING = `
  SELECT o.* FROM "Organization" o
   WHERE o."deletedAt" IS NULL AND o."establishedOn" <= $1::date
     AND coalesce((SELECT s.status::text FROM "StatusChange" s
                    WHERE s."organizationId" = o.id AND s."effectiveOn" <= $1::date
                    ORDER BY s."effectiveOn" DESC, s.id DESC LIMIT 1), 'ACTIVE')
         IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION')`;

/** Their latest approved report on or before $1. */
const LATEST_APPROVED = `
  SELECT DISTINCT ON (r."organizationId") r.*
    FROM "OrganizationReport" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
   WHERE p."endsOn" <= $1::date AND r.state = 'APPROVED'
   ORDER BY r."organizationId", p."endsOn" DESC`;

describe('as of 30/06/2023 (the sơ kết)', () => {
  it('has the seed’s 533 HTX, 2,220 THT and 3 unions, with their members, capital, land and workers', async () => {
    const s = await getSnapshot(prisma, { asOf: '2023-06-30', today: TODAY });
    const e = EXPECTED_2023_H1;
    const htx = (k: 'organizations' | 'members' | 'workers') => s.byKind.COOPERATIVE[k] + s.byKind.CREDIT_FUND[k];
    expect(htx('organizations')).toBe(e.cooperatives.total);
    expect(s.byKind.CREDIT_FUND.organizations).toBe(e.cooperatives.creditFunds);
    expect(htx('members')).toBe(e.cooperatives.members);
    expect(htx('workers')).toBe(e.cooperatives.workers);
    expect(BigInt(s.byKind.COOPERATIVE.charterCapital) + BigInt(s.byKind.CREDIT_FUND.charterCapital)).toBe(BigInt(e.cooperatives.charterCapital));
    expect(Number(s.byKind.COOPERATIVE.landAreaHa) + Number(s.byKind.CREDIT_FUND.landAreaHa)).toBeCloseTo(e.cooperatives.landAreaHa, 2);
    expect(s.byKind.GROUP).toMatchObject({ organizations: e.groups.total, members: e.groups.members, contributedCapital: String(e.groups.contributedCapital), seasonalWorkers: e.groups.seasonalWorkers });
    expect(s.byKind.UNION.organizations).toBe(e.unions.total);
  });

  it('splits the HTX into 467 agricultural and 45 non-agricultural', async () => {
    const b = await getBreakdown(prisma, { asOf: '2023-06-30', today: TODAY, kinds: ['COOPERATIVE'] }, 'sectorGroup');
    expect(Object.fromEntries(b.rows.map((r) => [r.key, r.organizations]))).toEqual({
      AGRICULTURE: EXPECTED_2023_H1.cooperatives.agricultural,
      NON_AGRICULTURE: EXPECTED_2023_H1.cooperatives.nonAgricultural,
    });
  });

  it('counts the first half’s new and merged organizations', async () => {
    const f = await getFlows(prisma, { asOf: '2023-06-30', today: TODAY }, { from: '2023-01-01', to: '2023-06-30' }, 'kind');
    const founded = Object.fromEntries(f.rows.filter((r) => r.key).map((r) => [r.key, r.founded]));
    expect((founded.COOPERATIVE ?? 0) + (founded.CREDIT_FUND ?? 0)).toBe(EXPECTED_2023_H1.cooperatives.newInFirstHalf);
    expect(founded.GROUP).toBe(EXPECTED_2023_H1.groups.newInFirstHalf);
    expect(f.total.MERGED).toBe(EXPECTED_2023_H1.cooperatives.mergedInFirstHalf);
  });

  it('has the first half’s trainings and the plan’s hand-entered results', async () => {
    const s = await getSupport(prisma, { asOf: '2023-06-30', today: TODAY }, { from: '2023-01-01', to: '2023-06-30' });
    expect(s.totals).toMatchObject({ trainings: EXPECTED_2023_H1.trainingFirstHalf.classes, attendees: EXPECTED_2023_H1.trainingFirstHalf.attendees });
    const plan = await getPlanResults(prisma, 2023, { asOf: '2023-06-30' });
    expect(plan.rows.find((r) => r.indicator === 'CAMPAIGNS')).toMatchObject({ target: 10, result: 5, percent: 50, source: 'entered' });
    expect(plan.rows.find((r) => r.indicator === 'NEW_GROUPS')).toMatchObject({ target: 50, result: 37, percent: 74, source: 'computed' });
    expect(plan.rows.find((r) => r.indicator === 'TRAINING_CLASSES')).toMatchObject({ result: 11, percent: 110 });
  });
});

describe('against independent SQL', () => {
  it('by kind at several dates, with members from the latest approved report (today: mixed states)', async () => {
    for (const asOf of ['2021-03-15', '2025-07-01', TODAY]) {
      const expected = await rows<{ kind: string; n: number; members: number }>(
        `SELECT e.kind::text, count(*)::int AS n, coalesce(sum(r.members), 0)::int AS members
           FROM (${EXISTING}) e LEFT JOIN (${LATEST_APPROVED}) r ON r."organizationId" = e.id
          GROUP BY e.kind`,
        [asOf],
      );
      const s = await getSnapshot(prisma, { asOf, today: TODAY });
      for (const x of expected) {
        expect({ asOf, kind: x.kind, n: s.byKind[x.kind as 'GROUP'].organizations, members: s.byKind[x.kind as 'GROUP'].members }).toEqual({ asOf, ...x });
      }
    }
  });

  it('by unit: the districts of the time before the reform, today’s communes in TODAY mode', async () => {
    const asOf = '2023-06-30';
    const districts = await rows<{ unit: string; n: number }>(
      `SELECT r."unitId"::text AS unit, count(*)::int AS n
         FROM "OrganizationReport" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
        WHERE p."endsOn" = $1::date GROUP BY r."unitId"`,
      [asOf],
    );
    const atTheTime = await getBreakdown(prisma, { asOf, today: TODAY }, 'unit');
    expect(Object.fromEntries(atTheTime.rows.map((r) => [r.key, r.organizations]))).toEqual(Object.fromEntries(districts.map((d) => [d.unit, d.n])));
    expect(atTheTime.rows).toHaveLength(EXPECTED_SEED.districts);

    const communes = await rows<{ unit: string; n: number }>(`SELECT e."unitId"::text AS unit, count(*)::int AS n FROM (${EXISTING}) e GROUP BY e."unitId"`, [asOf]);
    const today = await getBreakdown(prisma, { asOf, today: TODAY, unitMode: 'TODAY' }, 'unit');
    expect(Object.fromEntries(today.rows.map((r) => [r.key, r.organizations]))).toEqual(Object.fromEntries(communes.map((d) => [d.unit, d.n])));
  });

  it('a district officer’s commune, today, by sector', async () => {
    const [{ id }] = await rows<{ id: number }>(`SELECT "unitId" AS id FROM "User" WHERE email = 'huyen@lienminhhtx.vn'`);
    const expected = await rows<{ sector: string; n: number }>(
      `SELECT e.sector::text, count(*)::int AS n FROM (${EXISTING}) e WHERE e."unitId" = $2 GROUP BY e.sector`,
      [TODAY, id],
    );
    const b = await getBreakdown(prisma, { asOf: TODAY, today: TODAY, unitMode: 'TODAY', unitId: id }, 'sector');
    expect(Object.fromEntries(b.rows.map((r) => [r.key, r.organizations]))).toEqual(Object.fromEntries(expected.map((x) => [x.sector, x.n])));
  });

  it('the dashboard’s one-pass overview equals the separate breakdowns it replaces', async () => {
    const [{ id }] = await rows<{ id: number }>(`SELECT "unitId" AS id FROM "User" WHERE email = 'huyen@lienminhhtx.vn'`);
    for (const filter of [
      { asOf: '2023-06-30', today: TODAY },
      { asOf: TODAY, today: TODAY, unitMode: 'TODAY' as const },
      { asOf: TODAY, today: TODAY, unitMode: 'TODAY' as const, unitId: id },
      { asOf: '2024-12-31', today: TODAY, kinds: ['COOPERATIVE' as const], includeUnapproved: true },
    ]) {
      const overview = await getOverview(prisma, filter, ['sector', 'unit']);
      const strip = <T extends { meta: unknown }>(x: T) => ({ ...x, meta: null });
      expect(strip(overview.snapshot)).toEqual(strip(await getSnapshot(prisma, filter)));
      expect(strip(overview.breakdowns.sector!)).toEqual(strip(await getBreakdown(prisma, filter, 'sector')));
      expect(strip(overview.breakdowns.unit!)).toEqual(strip(await getBreakdown(prisma, filter, 'unit')));
    }
  });

  it('the trend at every half-year end', async () => {
    const t = await getTrend(prisma, { asOf: TODAY, today: TODAY }, { fromYear: 2019, toYear: 2026 });
    expect(t.dates).toHaveLength(15);
    for (const date of t.dates) {
      const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM (${EXISTING}) e`, [date]);
      expect([date, t.points.find((p) => p.date === date && p.kind === null)!.organizations]).toEqual([date, n]);
    }
  });

  it('new and ended per year', async () => {
    const f = await getFlows(prisma, { asOf: TODAY, today: TODAY }, { from: '2019-01-01', to: '2025-12-31', bucket: 'year' });
    const founded = await rows<{ y: string; n: number }>(
      `SELECT extract(year FROM "establishedOn")::text AS y, count(*)::int AS n FROM "Organization"
        WHERE "deletedAt" IS NULL AND "establishedOn" BETWEEN '2019-01-01' AND '2025-12-31' GROUP BY 1`,
    );
    const ended = await rows<{ y: string; n: number }>(
      `SELECT extract(year FROM "effectiveOn")::text AS y, count(*)::int AS n FROM "StatusChange"
        WHERE status IN ('DISSOLVED', 'BANKRUPT', 'REVOKED', 'CONVERTED', 'MERGED') AND "effectiveOn" BETWEEN '2019-01-01' AND '2025-12-31' GROUP BY 1`,
    );
    const series = f.rows.filter((r) => r.key === null);
    expect(Object.fromEntries(series.map((r) => [r.periodStart.slice(0, 4), r.founded]))).toEqual(Object.fromEntries(founded.map((x) => [x.y, x.n])));
    expect(Object.fromEntries(series.map((r) => [r.periodStart.slice(0, 4), r.ended]))).toEqual(Object.fromEntries(ended.map((x) => [x.y, x.n])));
  });

  it('the rating distribution of 2024', async () => {
    const expected = await rows<{ rating: string; n: number }>(
      `SELECT coalesce(a.rating::text, 'NONE') AS rating, count(*)::int AS n
         FROM (${EXISTING}) e LEFT JOIN "RatingAssessment" a ON a."organizationId" = e.id AND a.year = 2024 AND a.state = 'APPROVED'
        GROUP BY 1`,
      ['2024-12-31'],
    );
    const r = await getRatingDistribution(prisma, { asOf: TODAY, today: TODAY }, 2024);
    expect(Object.fromEntries(r.rows.map((x) => [x.rating, x.organizations]))).toEqual(Object.fromEntries(expected.map((x) => [x.rating, x.n])));
  });
});
