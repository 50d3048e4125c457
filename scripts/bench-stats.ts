/**
 * npm run bench:stats — how long the statistics engine takes on a large province and what a
 * dashboard load costs at demo scale.
 *
 * 1. A fresh database gets a generated province: 15 districts (to 30/6/2025) split into 60
 *    communes (from 1/7/2025, with shares), 20,000 organizations founded over 25 years, about one
 *    in six ended (dissolved, merged, …), 10 years of half-year and year reports (2016–2025) for
 *    every organization existing at each period's end, ratings, support and loans. All generated in
 *    SQL (generate_series), so it takes seconds.
 * 2. Each dashboard query (lib/stats/dashboard.ts) runs BENCH_RUNS times (default 10), uncached,
 *    in both unit modes where it matters; p50/p95 printed as a markdown table. Target p95 < 1 s.
 * 3. The demo province (the seed) in another fresh database: a whole dashboard load (all queries
 *    at once, as the page asks them, uncached), target < 300 ms; and the semi-annual report of
 *    30/06/2023 generated as a download does it (figures, .docx, .xlsx), target < 5 s.
 *
 *   npm run bench:stats                                                   embedded PGlite
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:stats
 *   BENCH_ORGS=50000 BENCH_RUNS=20 npm run bench:stats
 */
import { createPrismaClient, type Db } from '../lib/db';
import { renderOfficialDocx } from '../lib/official-docx/layout';
import { tablesWorkbook } from '../lib/open-data/table';
import { buildReportDocument, reportTables } from '../lib/stats-report/content';
import { getReportData } from '../lib/stats-report/data';
import type { ReportPeriodRow } from '../lib/stats-report/queries';
import { dashboardQueries, engineApi, loadDashboard } from '../lib/stats/dashboard';
import type { StatsFilter } from '../lib/stats/types';
import { freshDatabase, runId } from '../tests/setup/test-database';
import { seedDemo } from './lib/seed';

const ORGS = Number(process.env.BENCH_ORGS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const log = (line: string) => console.log(`[bench:stats] ${line}`);

async function generateProvince(db: Db): Promise<void> {
  const steps: [string, string][] = [
    [
      'units',
      `INSERT INTO "AdministrativeUnit" (id, code, name, type, level, "parentId", "validFrom", "validTo", "updatedAt") VALUES
         (1, '91', 'Cũ', 'Tỉnh', 'PROVINCE', NULL, '2004-01-01', '2025-06-30', now()),
         (2, '89', 'Mới', 'Tỉnh', 'PROVINCE', NULL, '2025-07-01', NULL, now());
       INSERT INTO "AdministrativeUnit" (id, code, name, type, level, "parentId", "validFrom", "validTo", "updatedAt")
       SELECT 2 + d, (900 + d)::text, 'Huyện ' || d, 'Huyện', 'DISTRICT', 1, '2004-01-01', '2025-06-30', now() FROM generate_series(1, 15) d;
       INSERT INTO "AdministrativeUnit" (id, code, name, type, level, "parentId", "validFrom", "validTo", "updatedAt")
       SELECT 100 + (d - 1) * 4 + c, (30000 + d * 10 + c)::text, 'Xã ' || d || '-' || c, 'Xã', 'COMMUNE', 2, '2025-07-01', NULL, now()
         FROM generate_series(1, 15) d, generate_series(1, 4) c;
       INSERT INTO "UnitSuccession" ("predecessorId", "successorId", "effectiveOn", share) VALUES (1, 2, '2025-07-01', NULL);
       INSERT INTO "UnitSuccession" ("predecessorId", "successorId", "effectiveOn", share)
       SELECT 2 + d, 100 + (d - 1) * 4 + c, '2025-07-01', (ARRAY[0.4, 0.3, 0.2, 0.1])[c] FROM generate_series(1, 15) d, generate_series(1, 4) c;
       SELECT setval(pg_get_serial_sequence('"AdministrativeUnit"', 'id'), 1000);`,
    ],
    [
      'periods',
      `INSERT INTO "ReportingPeriod" (year, kind, "startsOn", "endsOn", deadline, "openedAt")
       SELECT y, k::"PeriodKind", make_date(y, 1, 1), CASE WHEN k = 'FIRST_HALF' THEN make_date(y, 6, 30) ELSE make_date(y, 12, 31) END,
              CASE WHEN k = 'FIRST_HALF' THEN make_date(y, 7, 15) ELSE make_date(y + 1, 1, 15) END, make_date(y, 1, 1)
         FROM generate_series(2016, 2025) y, unnest(ARRAY['FIRST_HALF', 'FULL_YEAR']) k`,
    ],
    [
      'organizations',
      `INSERT INTO "Organization" (id, slug, kind, name, sector, "sectorGroup", "unitId", "establishedOn", status, "allianceMembership", "allianceJoinedOn", "charterCapital", "updatedAt")
       SELECT i, 'bench-' || i, x.kind::"OrgKind", 'Tổ chức ' || i, x.sector::"Sector", x.grp::"SectorGroup",
              101 + (hashint(i, 1) % 60), DATE '2000-01-01' + (hashint(i, 2) % 9400),
              'ACTIVE', CASE WHEN hashint(i, 3) % 20 = 0 THEN 'OFFICIAL'::"AllianceMembership" ELSE 'NONE' END,
              CASE WHEN hashint(i, 3) % 20 = 0 THEN DATE '2010-01-01' + (hashint(i, 4) % 5000) END,
              CASE WHEN x.kind = 'GROUP' THEN NULL ELSE (hashint(i, 5) % 5000 + 50) * 1000000::bigint END, now()
         FROM generate_series(1, $1::int) i
         CROSS JOIN LATERAL (SELECT CASE WHEN hashint(i, 6) % 1000 < 740 THEN 'GROUP' WHEN hashint(i, 6) % 1000 < 975 THEN 'COOPERATIVE'
                                         WHEN hashint(i, 6) % 1000 < 995 THEN 'CREDIT_FUND' ELSE 'UNION' END AS kind) k
         CROSS JOIN LATERAL (SELECT k.kind,
                                    CASE WHEN k.kind = 'CREDIT_FUND' THEN 'CREDIT'
                                         ELSE (ARRAY['CROP_LIVESTOCK','CROP_LIVESTOCK','CROP_LIVESTOCK','FISHERY','FORESTRY','TRADE_SERVICE','TRANSPORT','INDUSTRY_HANDICRAFT','ENVIRONMENT','CONSTRUCTION'])[1 + hashint(i, 7) % 10] END AS sector) s
         CROSS JOIN LATERAL (SELECT s.kind, s.sector, CASE WHEN s.sector = 'CREDIT' THEN 'CREDIT'
                                    WHEN s.sector IN ('CROP_LIVESTOCK','FISHERY','FORESTRY') THEN 'AGRICULTURE' ELSE 'NON_AGRICULTURE' END AS grp) x;
       SELECT setval(pg_get_serial_sequence('"Organization"', 'id'), $1::int + 1)`,
    ],
    [
      'status history',
      `INSERT INTO "StatusChange" ("organizationId", status, "effectiveOn", reason)
       SELECT id, 'ACTIVE', "establishedOn", 'Thành lập' FROM "Organization";
       INSERT INTO "StatusChange" ("organizationId", status, "effectiveOn", reason)
       SELECT id, (ARRAY['DISSOLVED','DISSOLVED','DISSOLVED','MERGED','CONVERTED','REVOKED'])[1 + hashint(id, 8) % 6]::"OrgStatus",
              "establishedOn" + 200 + hashint(id, 9) % 3000, 'Chấm dứt'
         FROM "Organization" WHERE hashint(id, 10) % 6 = 0 AND "establishedOn" + 200 + hashint(id, 9) % 3000 < DATE '2026-06-30';
       INSERT INTO "StatusChange" ("organizationId", status, "effectiveOn", reason)
       SELECT o.id, 'SUSPENDED', o."establishedOn" + 100 + hashint(o.id, 11) % 1500, 'Tạm ngừng'
         FROM "Organization" o WHERE hashint(o.id, 12) % 25 = 0
          AND NOT EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."organizationId" = o.id AND s.status <> 'ACTIVE' AND s."effectiveOn" <= o."establishedOn" + 100 + hashint(o.id, 11) % 1500);
       UPDATE "Organization" o SET status = s.status FROM (
         SELECT DISTINCT ON ("organizationId") "organizationId", status FROM "StatusChange" ORDER BY "organizationId", "effectiveOn" DESC, id DESC) s
        WHERE s."organizationId" = o.id`,
    ],
    [
      'reports',
      `WITH hist AS (
         SELECT s."organizationId" AS org, s.status, s."effectiveOn" AS since,
                lead(s."effectiveOn") OVER (PARTITION BY s."organizationId" ORDER BY s."effectiveOn", s.id) AS until
           FROM "StatusChange" s)
       INSERT INTO "OrganizationReport" ("organizationId", "periodId", "unitId", status, members, "officialMembers", "regularWorkers", "seasonalWorkers",
              "charterCapital", "contributedCapital", "landAreaHa", revenue, profit, "avgWorkerIncome", "operatingCapital", deposits, "loansOutstanding",
              "badDebtRatio", state, "enteredAt", "submittedAt", "firstSubmittedAt", "updatedAt")
       SELECT o.id, p.id, CASE WHEN p."endsOn" < DATE '2025-07-01' THEN 3 + (o."unitId" - 101) / 4 ELSE o."unitId" END, h.status,
              m.members, m.members, m.workers / 3, m.workers - m.workers / 3,
              coalesce(o."charterCapital", 0), coalesce(o."charterCapital", 0) * 8 / 10, (hashint(o.id, 13) % 20000) / 100.0,
              (hashint(o.id + p.id, 14) % 5000 + 10) * 1000000::bigint, (hashint(o.id + p.id, 15) % 500) * 1000000::bigint, 5000000,
              CASE WHEN o.kind = 'CREDIT_FUND' THEN (hashint(o.id, 16) % 200 + 50) * 1000000000::bigint END,
              CASE WHEN o.kind = 'CREDIT_FUND' THEN (hashint(o.id, 16) % 200 + 50) * 800000000::bigint END,
              CASE WHEN o.kind = 'CREDIT_FUND' THEN (hashint(o.id, 16) % 200 + 50) * 700000000::bigint END,
              CASE WHEN o.kind = 'CREDIT_FUND' THEN (hashint(o.id + p.id, 17) % 400) / 100.0 END,
              CASE WHEN p.year = 2025 AND p.kind = 'FULL_YEAR' AND hashint(o.id, 18) % 3 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END::"SubmissionState",
              p."endsOn" + 10, p."endsOn" + 12, p."endsOn" + 12, now()
         FROM "ReportingPeriod" p
         JOIN "Organization" o ON o."establishedOn" <= p."endsOn"
         JOIN hist h ON h.org = o.id AND h.since <= p."endsOn" AND (h.until IS NULL OR h.until > p."endsOn")
         CROSS JOIN LATERAL (SELECT (hashint(o.id, 19) % 120 + 7 + p.year - 2016) AS members, (hashint(o.id, 20) % 40) AS workers) m
        WHERE h.status IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION')`,
    ],
    [
      'ratings',
      `INSERT INTO "RatingScheme" (id, code, name, "legalBasis", "maxPoints", "minMonthsOperating", "validFrom") VALUES (1, 'B', 'Bench', 'Bench', 100, 12, '2010-01-01');
       INSERT INTO "RatingAssessment" ("organizationId", "schemeId", year, rating, state, "updatedAt")
       SELECT DISTINCT r."organizationId", 1, p.year, (ARRAY['GOOD','FAIR','AVERAGE','WEAK'])[1 + hashint(r."organizationId" + p.year, 21) % 4]::"Rating", 'APPROVED'::"SubmissionState", now()
         FROM "OrganizationReport" r JOIN "ReportingPeriod" p ON p.id = r."periodId" JOIN "Organization" o ON o.id = r."organizationId"
        WHERE p.kind = 'FULL_YEAR' AND p.year < 2025 AND o.kind IN ('COOPERATIVE', 'CREDIT_FUND', 'UNION')`,
    ],
    [
      'support, loans, plans',
      `INSERT INTO "SupportActivity" (kind, title, "startsOn", "unitId", attendees, cost, "updatedAt")
       SELECT (ARRAY['TRAINING','TRAINING','TRADE_FAIR','CONSULTING','OCOP'])[1 + i % 5]::"SupportKind", 'Hoạt động ' || i, DATE '2016-01-01' + (hashint(i, 22) % 3650),
              CASE WHEN i % 3 = 0 THEN NULL WHEN hashint(i, 22) % 3650 < 3469 THEN 3 + i % 15 ELSE 101 + i % 60 END, hashint(i, 23) % 80, (hashint(i, 24) % 300) * 1000000::bigint, now()
         FROM generate_series(1, 2000) i;
       INSERT INTO "Loan" (fund, "organizationId", principal, outstanding, overdue, "disbursedOn", "repaidOn", "updatedAt")
       SELECT (ARRAY['COOPERATIVE_DEVELOPMENT_FUND','NATIONAL_EMPLOYMENT_FUND'])[1 + i % 2]::"LoanFund", 1 + hashint(i, 25) % $1::int,
              500000000, 200000000, CASE WHEN i % 10 = 0 THEN 50000000 ELSE 0 END, DATE '2016-01-01' + (hashint(i, 26) % 3650),
              CASE WHEN i % 4 = 0 THEN DATE '2016-01-01' + (hashint(i, 26) % 3650) + 700 END, now()
         FROM generate_series(1, 3000) i;
       INSERT INTO "PlanTarget" (year, indicator, label, measure, target, "updatedAt")
       SELECT y, ind, ind, 'đơn vị', 50, now() FROM generate_series(2016, 2025) y,
              unnest(ARRAY['NEW_COOPERATIVES','NEW_GROUPS','TRAINING_CLASSES','TRAINEES','ALLIANCE_MEMBERS','OCOP_PRODUCTS','CAMPAIGNS']) ind`,
    ],
    ['analyze', 'ANALYZE'],
  ];
  // A small deterministic hash, so the generated province is the same on every run.
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION hashint(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS
    $$ SELECT (((a::bigint * 2654435761) # (b::bigint * 40503 + 12345)) % 2147483629)::int $$`);
  for (const [name, sql] of steps) {
    const t = performance.now();
    for (const statement of sql.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
      if (statement.includes('$1')) await db.$executeRawUnsafe(statement, ORGS);
      else await db.$executeRawUnsafe(statement);
    }
    log(`generated ${name} in ${Math.round(performance.now() - t)} ms`);
  }
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<{ p50: number; p95: number; max: number }> {
  await fn(); // warm-up: plan caches, connection
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] };
}

const f0 = (n: number) => n.toFixed(0);

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  const engine = serverUrl ? 'PostgreSQL' : 'PGlite';
  log(`Database: ${serverUrl ? 'PostgreSQL from DATABASE_URL' : 'embedded PGlite'}; ${ORGS.toLocaleString('vi-VN')} organizations; ${RUNS} runs per query`);

  const large = await freshDatabase(serverUrl ? { serverUrl, prefix: `portal_bench_stats_${runId()}` } : null);
  const lines: string[] = [];
  try {
    const db = createPrismaClient(large.url, 4);
    try {
      await generateProvince(db);
      const [counts] = await db.$queryRawUnsafe<{ orgs: number; reports: number; changes: number }[]>(
        `SELECT (SELECT count(*)::int FROM "Organization") AS orgs, (SELECT count(*)::int FROM "OrganizationReport") AS reports, (SELECT count(*)::int FROM "StatusChange") AS changes`,
      );
      log(`province: ${counts.orgs} organizations, ${counts.reports} reports, ${counts.changes} status changes`);
      const api = engineApi(db);
      lines.push(`| query (${counts.orgs.toLocaleString('en-US')} orgs, ${counts.reports.toLocaleString('en-US')} reports, ${engine}) | p50 ms | p95 ms | max ms |`, '| --- | ---: | ---: | ---: |');
      const views: [string, StatsFilter & { today: string }][] = [
        ['units of the time', { asOf: '2025-12-31', today: '2026-11-23', unitMode: 'AT_THE_TIME' }],
        ["today's units", { asOf: '2025-12-31', today: '2026-11-23', unitMode: 'TODAY' }],
        ['one district, 2023', { asOf: '2023-06-30', today: '2026-11-23', unitMode: 'AT_THE_TIME', unitId: 5 }],
      ];
      for (const [label, filter] of RUNS > 0 ? views : []) {
        for (const [name, fn] of Object.entries(dashboardQueries(api, filter))) {
          const r = await time(fn, RUNS);
          lines.push(`| ${name} — ${label} | ${f0(r.p50)} | ${f0(r.p95)} | ${f0(r.max)} |`);
          log(`${name} (${label}): p50 ${f0(r.p50)} ms, p95 ${f0(r.p95)} ms`);
        }
        const whole = await time(() => loadDashboard(api, filter), Math.max(3, Math.round(RUNS / 2)));
        lines.push(`| **whole dashboard, queries at once** — ${label} | ${f0(whole.p50)} | ${f0(whole.p95)} | ${f0(whole.max)} |`);
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    if (process.env.BENCH_KEEP === '1') log(`kept the generated province: ${large.url}`);
    else await large.drop();
  }
  if (process.env.BENCH_ONLY_LARGE === '1') {
    console.log(`\n${lines.join('\n')}\n`);
    return;
  }

  log('demo province: seeding a fresh database');
  const demo = await freshDatabase(serverUrl ? { serverUrl, prefix: `portal_bench_stats_demo_${runId()}` } : null);
  try {
    await seedDemo(demo.url);
    const db = createPrismaClient(demo.url);
    try {
      const api = engineApi(db);
      lines.push('', `| demo province (${engine}), server time of the dashboard's data, uncached | p50 ms | p95 ms | max ms |`, '| --- | ---: | ---: | ---: |');
      for (const [label, filter] of [
        ['today, whole province', { asOf: '2026-11-23', today: '2026-11-23', unitMode: 'AT_THE_TIME' }],
        ['30/06/2023, whole province', { asOf: '2023-06-30', today: '2026-11-23', unitMode: 'AT_THE_TIME' }],
        ["today, today's units", { asOf: '2026-11-23', today: '2026-11-23', unitMode: 'TODAY' }],
      ] as [string, StatsFilter & { today: string }][]) {
        const r = await time(() => loadDashboard(api, filter), RUNS);
        lines.push(`| ${label} | ${f0(r.p50)} | ${f0(r.p95)} | ${f0(r.max)} |`);
      }
      // The semi-annual report of 30/06/2023 as a download computes it, uncached: the figures, the
      // document model, the .docx and the .xlsx (target: under 5 s).
      const [period] = await db.$queryRawUnsafe<ReportPeriodRow[]>(
        `SELECT id, year, kind::text AS kind, to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", to_char("endsOn", 'YYYY-MM-DD') AS "endsOn"
           FROM "ReportingPeriod" WHERE year = 2023 AND kind = 'FIRST_HALF'`,
      );
      const generate = async () => {
        const data = await getReportData(api, db, period, '2023-06-30', '2023-06-30');
        const document = buildReportDocument(data, { number: 23, signer: 'Trần Thanh Dũng', position: 'Chủ tịch', tasks: '' });
        await Promise.all([renderOfficialDocx(document), tablesWorkbook(reportTables(data), { title: document.title, note: document.summary })]);
      };
      const g = await time(generate, RUNS);
      lines.push(
        '',
        `| demo province (${engine}), generated report of 30/06/2023, uncached | p50 ms | p95 ms | max ms |`,
        '| --- | ---: | ---: | ---: |',
        `| figures + .docx + .xlsx | ${f0(g.p50)} | ${f0(g.p95)} | ${f0(g.max)} |`,
      );
    } finally {
      await db.$disconnect();
    }
  } finally {
    await demo.drop();
  }
  console.log(`\n${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
