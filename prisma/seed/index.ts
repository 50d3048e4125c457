/**
 * The demo province: fills an empty, migrated database with Kiên Giang's cooperative sector as the
 * alliance's portal would hold it on 23/11/2026 — units before and after the 2025 reform, ~3,300
 * organizations with their history since 2000, semi-annual reports 2019–2026 whose mid-2023 totals
 * are the sơ kết figures exactly (expected.ts), ratings, plans, support, loans, awards, legal
 * documents, news and one user per role. Deterministic: the same data on every run.
 */
import type { Db } from '@/lib/db';

import { seedActivities } from './activities';
import { resetSequences } from './bulk';
import type { SeedClient } from './client';
import { seedComments } from './comments';
import { seedContent } from './content';
import { EXPECTED_2023_H1 } from './expected';
import { buildAnchors } from './figures';
import { seedLegal } from './legal';
import { seedNews } from './news';
import { decideFlags, seedOrganizations } from './organizations';
import { buildPlans } from './plan';
import { createRng, SEED } from './random';
import { seedRatings } from './rating';
import { seedPeriods, seedReports } from './reports';
import { seedRules } from './rules';
import { seedUnits } from './units';
import { DEMO_USERS, type DemoUser, seedRepresentative, seedUsers } from './users';
import { seedVisits } from './visits';

export { DEMO_USERS, type DemoUser } from './users';
export { EXPECTED_2023_H1, EXPECTED_SEED } from './expected';

export type SeedSummary = {
  durationMs: number;
  counts: Record<string, number>;
  users: readonly DemoUser[];
};

export class DatabaseNotEmptyError extends Error {
  constructor(what: string) {
    super(`The database already has ${what}; the demo seed only fills an empty database.`);
    this.name = 'DatabaseNotEmptyError';
  }
}

/** True when nothing the seed writes is there yet (no organizations, no users). */
export async function isDatabaseEmpty(prisma: SeedClient): Promise<boolean> {
  const [orgs, users] = await Promise.all([prisma.organization.count(), prisma.user.count()]);
  return orgs === 0 && users === 0;
}

export async function seedDatabase(prisma: Db, options: { log?: (s: string) => void } = {}): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const [orgs, users] = await Promise.all([prisma.organization.count(), prisma.user.count()]);
  if (orgs > 0) throw new DatabaseNotEmptyError(`${orgs} organizations`);
  if (users > 0) throw new DatabaseNotEmptyError(`${users} users`);

  // One transaction: a failure leaves the database empty rather than half-seeded. Every query
  // goes through the transaction's own connection (the embedded database is a single session).
  const counts = await prisma.$transaction(
    async (tx) => {
      const db = tx as SeedClient;
      const rng = createRng(SEED);
      const counts: Record<string, number> = {};
      const step = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
        const t = performance.now();
        const result = await fn();
        log(`  ${label} (${Math.round(performance.now() - t)} ms)`);
        return result;
      };

      const units = await step('đơn vị hành chính', () => seedUnits(db));
      counts.administrativeUnits = 2 + units.districts.length + units.districts.reduce((n, d) => n + d.communes.length, 0);
      const seededUsers = await step('người dùng', () => seedUsers(db));
      counts.users = DEMO_USERS.length;
      counts.validationRules = await step('quy tắc kiểm tra theo Luật HTX 2023', () => seedRules(db));

      const plans = buildPlans(rng.fork('plans'), units);
      const anchors = buildAnchors(rng.fork('anchors'), plans);
      const flags = decideFlags(rng.fork('flags'), plans);
      const orgCounts = await step('tổ chức, lịch sử trạng thái, thành viên', () => seedOrganizations(db, rng.fork('organizations'), plans, anchors, flags, units));
      Object.assign(counts, orgCounts);

      const periods = await step('kỳ báo cáo', () => seedPeriods(db));
      counts.reportingPeriods = periods.length;
      counts.reports = await step('báo cáo định kỳ', () =>
        seedReports(db, rng.fork('reports'), plans, anchors, periods, [seededUsers.ids.STAFF, seededUsers.ids.DISTRICT_OFFICER]),
      );
      await step('đại diện tổ chức', () => seedRepresentative(db));
      const ratings = await step('xếp loại', () => seedRatings(db, rng.fork('ratings'), plans));
      counts.ratingAssessments = ratings.assessments;
      counts.ratingScores = ratings.scores;
      Object.assign(counts, await step('kế hoạch, hỗ trợ, vay vốn, khen thưởng', () => seedActivities(db, rng.fork('activities'), plans, units)));
      Object.assign(counts, await step('văn bản', () => seedLegal(db)));
      Object.assign(counts, await step('tin bài, ảnh minh họa', () => seedNews(db, rng.fork('news'), { editorId: seededUsers.ids.EDITOR })));
      Object.assign(counts, await step('bình luận tin bài', () => seedComments(db, { editorId: seededUsers.ids.EDITOR })));
      Object.assign(
        counts,
        await step('trang, ý kiến', () =>
          seedContent(db, rng.fork('content'), { editorId: seededUsers.ids.EDITOR, adminId: seededUsers.ids.ADMIN, staffId: seededUsers.ids.STAFF }),
        ),
      );
      Object.assign(counts, await step('thống kê truy cập', () => seedVisits(db, rng.fork('visits'))));
      await resetSequences(db, ['AdministrativeUnit', 'Organization', 'Member', 'ReportingPeriod', 'RatingAssessment', 'SupportActivity']);
      await step('kiểm tra số liệu 30/6/2023', () => verifyMidYear2023(db));
      return counts;
    },
    { maxWait: 30_000, timeout: 600_000 },
  );
  // Bulk-loaded tables have no planner statistics until analysed (PGlite has no autovacuum, a
  // server's may be off or not have run yet); without them the statistics queries plan badly.
  await prisma.$executeRawUnsafe('ANALYZE');
  return { durationMs: Math.round(performance.now() - started), counts, users: DEMO_USERS };
}

type Totals = { kind: string; n: bigint; members: bigint; charter: bigint; contributed: bigint; land: string; workers: bigint; seasonal: bigint };

/** The seed's promise (expected.ts), checked in SQL before the transaction commits. */
export async function verifyMidYear2023(db: SeedClient): Promise<void> {
  const rows = await db.$queryRawUnsafe<Totals[]>(`
    SELECT CASE WHEN o.kind IN ('COOPERATIVE', 'CREDIT_FUND') THEN 'HTX' ELSE o.kind::text END AS kind,
           COUNT(*)::bigint AS n, SUM(r.members)::bigint AS members, SUM(r."charterCapital")::bigint AS charter,
           SUM(r."contributedCapital")::bigint AS contributed, SUM(r."landAreaHa")::text AS land,
           SUM(r."regularWorkers" + r."seasonalWorkers")::bigint AS workers, SUM(r."seasonalWorkers")::bigint AS seasonal
    FROM "OrganizationReport" r
    JOIN "ReportingPeriod" p ON p.id = r."periodId" AND p.year = 2023 AND p.kind = 'FIRST_HALF'
    JOIN "Organization" o ON o.id = r."organizationId"
    GROUP BY 1`);
  const by = new Map(rows.map((r) => [r.kind, r]));
  const htx = by.get('HTX');
  const tht = by.get('GROUP');
  const unions = by.get('UNION');
  const E = EXPECTED_2023_H1;
  const problems: string[] = [];
  const check = (label: string, actual: bigint | number | string | undefined, expected: number) => {
    if (actual === undefined || Number(actual) !== expected) problems.push(`${label}: ${String(actual)} ≠ ${expected}`);
  };
  check('HTX', htx?.n, E.cooperatives.total);
  check('HTX members', htx?.members, E.cooperatives.members);
  check('HTX charter capital', htx?.charter, E.cooperatives.charterCapital);
  check('HTX land', htx?.land, E.cooperatives.landAreaHa);
  check('HTX workers', htx?.workers, E.cooperatives.workers);
  check('THT', tht?.n, E.groups.total);
  check('THT members', tht?.members, E.groups.members);
  check('THT capital', tht?.contributed, E.groups.contributedCapital);
  check('THT land', tht?.land, E.groups.landAreaHa);
  check('THT seasonal workers', tht?.seasonal, E.groups.seasonalWorkers);
  check('LHHTX', unions?.n, E.unions.total);
  if (problems.length) throw new Error(`demo seed does not match the 2023 sơ kết: ${problems.join('; ')}`);
}
