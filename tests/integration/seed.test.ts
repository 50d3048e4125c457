import { createHash } from 'node:crypto';

import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { createPrismaClient, prisma } from '@/lib/db';
import { migrate } from '@/lib/database/migrate';
import { DEMO_USERS, EXPECTED_2023_H1, EXPECTED_SEED, seedDatabase, type SeedSummary } from '@/prisma/seed/index';
import { verifyPassword } from '@/lib/auth/password';
import { freshDatabase } from '../setup/test-database';

// Independent SQL over the seeded database: these queries do not reuse the seed's own checks.
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let summary: SeedSummary;

async function one<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> {
  return (await client.query<T>(sql, params)).rows[0];
}

/** A fingerprint of the seeded content, for the determinism check. */
async function fingerprint(c: pg.Client): Promise<string> {
  const queries = [
    `SELECT string_agg(slug || kind || status || "unitId", ',' ORDER BY id) AS v FROM "Organization"`,
    `SELECT string_agg("organizationId" || ':' || members || ':' || "charterCapital" || ':' || revenue, ',' ORDER BY id) AS v FROM "OrganizationReport"`,
    `SELECT string_agg(title || slug || coalesce("coverMediaId"::text, '-') || md5(body), ',' ORDER BY id) AS v FROM "Article"`,
    `SELECT string_agg("organizationId" || rating::text || coalesce("totalPoints"::text, '-'), ',' ORDER BY id) AS v FROM "RatingAssessment"`,
  ];
  const parts: string[] = [];
  for (const q of queries) parts.push(String((await c.query<{ v: string }>(q)).rows[0].v));
  return createHash('sha256').update(parts.join('|')).digest('hex');
}

beforeAll(async () => {
  summary = await seedDatabase(prisma);
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

// The 2023 FIRST_HALF period holds a report for each organization that existed on 30/6/2023.
const H1_2023 = `(SELECT id FROM "ReportingPeriod" WHERE year = 2023 AND kind = 'FIRST_HALF')`;

describe('the demo province as of 30/06/2023 matches the sơ kết report', () => {
  it('has 533 HTX: 467 agricultural, 45 non-agricultural, 21 credit funds', async () => {
    const row = await one<{ total: number; agri: number; nonagri: number; credit: number }>(`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE o.kind = 'COOPERATIVE' AND o."sectorGroup" = 'AGRICULTURE')::int AS agri,
             count(*) FILTER (WHERE o.kind = 'COOPERATIVE' AND o."sectorGroup" = 'NON_AGRICULTURE')::int AS nonagri,
             count(*) FILTER (WHERE o.kind = 'CREDIT_FUND')::int AS credit
        FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
       WHERE r."periodId" = ${H1_2023} AND o.kind IN ('COOPERATIVE', 'CREDIT_FUND')`);
    const e = EXPECTED_2023_H1.cooperatives;
    expect(row).toEqual({ total: 533, agri: e.agricultural, nonagri: 45, credit: 21 });
  });

  it('agrees with the status history, not only with the reports', async () => {
    const row = await one<{ htx: number; groups: number; unions: number }>(`
      WITH status_then AS (
        SELECT DISTINCT ON (s."organizationId") s."organizationId", s.status
          FROM "StatusChange" s WHERE s."effectiveOn" <= DATE '2023-06-30'
         ORDER BY s."organizationId", s."effectiveOn" DESC, s.id DESC)
      SELECT count(*) FILTER (WHERE o.kind IN ('COOPERATIVE', 'CREDIT_FUND'))::int AS htx,
             count(*) FILTER (WHERE o.kind = 'GROUP')::int AS groups,
             count(*) FILTER (WHERE o.kind = 'UNION')::int AS unions
        FROM "Organization" o JOIN status_then t ON t."organizationId" = o.id
       WHERE o."establishedOn" <= DATE '2023-06-30' AND t.status IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION')`);
    expect(row).toEqual({ htx: 533, groups: 2220, unions: 3 });
  });

  it('sums members, charter capital, land and workers of the HTX exactly', async () => {
    const row = await one<{ members: string; capital: string; land: string; workers: string }>(`
      SELECT sum(r.members)::text AS members, sum(r."charterCapital")::text AS capital,
             sum(r."landAreaHa")::text AS land, sum(r."regularWorkers" + r."seasonalWorkers")::text AS workers
        FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
       WHERE r."periodId" = ${H1_2023} AND o.kind IN ('COOPERATIVE', 'CREDIT_FUND')`);
    expect(row).toEqual({ members: '55264', capital: '412296737000', land: '66807.55', workers: '10159' });
  });

  it('has 2,220 THT with 43,942 members and 17,942 million đồng contributed', async () => {
    const row = await one<{ n: number; members: string; capital: string; land: string; seasonal: string }>(`
      SELECT count(*)::int AS n, sum(r.members)::text AS members, sum(r."contributedCapital")::text AS capital,
             sum(r."landAreaHa")::text AS land, sum(r."seasonalWorkers")::text AS seasonal
        FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
       WHERE r."periodId" = ${H1_2023} AND o.kind = 'GROUP'`);
    expect(row).toEqual({ n: 2220, members: '43942', capital: '17942000000', land: '64720.00', seasonal: '7069' });
  });

  it('has 3 unions in Giang Thành and An Biên, 2 of them new in 2023', async () => {
    const rows = (await client.query<{ unit: string; established: Date }>(`
      SELECT u.name AS unit, o."establishedOn" AS established
        FROM "OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId"
        JOIN "AdministrativeUnit" u ON u.id = r."unitId"
       WHERE r."periodId" = ${H1_2023} AND o.kind = 'UNION'`)).rows;
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['Giang Thành', 'An Biên']));
    expect(rows.filter((r) => r.established.getUTCFullYear() === 2023)).toHaveLength(2);
  });

  it('records 9 new HTX, 37 new THT and 2 mergers in the first half of 2023', async () => {
    const row = await one<{ htx: number; tht: number; merged: number }>(`
      SELECT (SELECT count(*)::int FROM "Organization" WHERE kind IN ('COOPERATIVE', 'CREDIT_FUND')
                AND "establishedOn" BETWEEN DATE '2023-01-01' AND DATE '2023-06-30') AS htx,
             (SELECT count(*)::int FROM "Organization" WHERE kind = 'GROUP'
                AND "establishedOn" BETWEEN DATE '2023-01-01' AND DATE '2023-06-30') AS tht,
             (SELECT count(*)::int FROM "StatusChange" WHERE status = 'MERGED'
                AND "effectiveOn" BETWEEN DATE '2023-01-01' AND DATE '2023-06-30') AS merged`);
    expect(row).toEqual({ htx: 9, tht: 37, merged: 2 });
  });

  it('has the first-half trainings, employment-fund loans and plan targets of 2023', async () => {
    const training = await one<{ classes: number; attendees: number }>(`
      SELECT count(*)::int AS classes, sum(attendees)::int AS attendees FROM "SupportActivity"
       WHERE kind = 'TRAINING' AND "startsOn" BETWEEN DATE '2023-01-01' AND DATE '2023-06-30'`);
    expect(training).toEqual({ classes: 11, attendees: 549 });
    const loans = await one<{ n: number; orgs: number; principal: string }>(`
      SELECT count(*)::int AS n, count(DISTINCT "organizationId")::int AS orgs, sum(principal)::text AS principal
        FROM "Loan" WHERE fund = 'NATIONAL_EMPLOYMENT_FUND' AND "disbursedOn" BETWEEN DATE '2023-01-01' AND DATE '2023-06-30'`);
    expect(loans).toEqual({ n: 4, orgs: 4, principal: '300000000' });
    const plan = await one<{ target: string; result: string }>(
      `SELECT target::text, result::text FROM "PlanTarget" WHERE year = 2023 AND indicator = 'CAMPAIGNS' AND "unitId" IS NULL`,
    );
    expect(plan).toEqual({ target: '10.00', result: '5.00' });
  });
});

describe('the demo province over time', () => {
  it('has half-yearly periods from 2019 with reports in each, and growth', async () => {
    const rows = (await client.query<{ year: number; kind: string; n: number; members: string }>(`
      SELECT p.year, p.kind::text, count(r.id)::int AS n, coalesce(sum(r.members), 0)::text AS members
        FROM "ReportingPeriod" p LEFT JOIN "OrganizationReport" r ON r."periodId" = p.id
       GROUP BY p.id ORDER BY p."endsOn"`)).rows;
    expect(rows).toHaveLength(EXPECTED_SEED.reportingPeriods);
    expect(rows[0]).toMatchObject({ year: 2019, kind: 'FIRST_HALF' });
    for (const r of rows) expect(r.n).toBeGreaterThan(2000);
    const first = rows.find((r) => r.year === 2019 && r.kind === 'FULL_YEAR')!;
    const later = rows.find((r) => r.year === 2024 && r.kind === 'FULL_YEAR')!;
    expect(Number(later.members)).toBeGreaterThan(Number(first.members));
  });

  it('dissolves some organizations and rates cooperatives by the configured bands', async () => {
    const dissolved = await one<{ n: number }>(`SELECT count(DISTINCT "organizationId")::int AS n FROM "StatusChange" WHERE status = 'DISSOLVED'`);
    expect(dissolved.n).toBeGreaterThan(10);
    const criteria = await one<{ n: number; points: number }>(`
      SELECT count(*)::int AS n, sum(c."maxPoints")::int AS points FROM "RatingCriterion" c
        JOIN "RatingScheme" s ON s.id = c."schemeId" WHERE s.code = 'TT01-2020'`);
    expect(criteria).toEqual({ n: 15, points: 100 });
    // Every rated assessment falls in the band its total points select.
    const misfits = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM "RatingAssessment" a
       WHERE a.rating <> 'NOT_RATED' AND NOT EXISTS (
         SELECT 1 FROM "RatingBand" b WHERE b."schemeId" = a."schemeId" AND b.rating = a.rating
            AND a."totalPoints" >= b."minPoints" AND (b."maxPoints" IS NULL OR a."totalPoints" < b."maxPoints"))`);
    expect(misfits.n).toBe(0);
    const rated = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "RatingAssessment" WHERE rating <> 'NOT_RATED'`);
    expect(rated.n).toBeGreaterThan(1000);
  });

  it('moves the province onto the communes of An Giang on 1/7/2025', async () => {
    const districts = (await client.query<{ name: string; share: string; communes: number }>(`
      SELECT d.name, sum(s.share)::text AS share, count(*)::int AS communes
        FROM "AdministrativeUnit" d JOIN "UnitSuccession" s ON s."predecessorId" = d.id
        JOIN "AdministrativeUnit" c ON c.id = s."successorId"
       WHERE d.level = 'DISTRICT' AND s."effectiveOn" = DATE '2025-07-01' AND c.level = 'COMMUNE'
       GROUP BY d.id`)).rows;
    expect(districts).toHaveLength(15);
    for (const d of districts) expect(Number(d.share)).toBeCloseTo(1, 4);
    const province = await one<{ old: string; new: string }>(`
      SELECT p.name AS old, n.name AS new FROM "UnitSuccession" s
        JOIN "AdministrativeUnit" p ON p.id = s."predecessorId" JOIN "AdministrativeUnit" n ON n.id = s."successorId"
       WHERE p.level = 'PROVINCE'`);
    expect(province).toEqual({ old: 'Kiên Giang', new: 'An Giang' });
    // Organizations now belong to communes valid today; reports before the reform to districts.
    const current = await one<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Organization" o JOIN "AdministrativeUnit" u ON u.id = o."unitId"
       WHERE u.level <> 'COMMUNE' OR u."validFrom" <> DATE '2025-07-01'`);
    expect(current.n).toBe(0);
    const before = await one<{ levels: string }>(`
      SELECT string_agg(DISTINCT u.level::text, ',') AS levels FROM "OrganizationReport" r
        JOIN "ReportingPeriod" p ON p.id = r."periodId" JOIN "AdministrativeUnit" u ON u.id = r."unitId"
       WHERE p."endsOn" < DATE '2025-07-01'`);
    expect(before.levels).toBe('DISTRICT');
  });

  it('has news, legal documents from the seeds, and one working account per role', async () => {
    const docs = (await client.query<{ number: string }>(`SELECT number FROM "LegalDocument"`)).rows.map((r) => r.number);
    for (const n of ['20-NQ/TW', '17/2023/QH15', '45/2021/NĐ-CP', '01/2020/TT-BKHĐT', '167/QĐ-TTg']) {
      expect(docs.some((d) => d.includes(n))).toBe(true);
    }
    // 80 documents across the three scopes, with relations and generated PDF attachments.
    const library = await one<{ total: number; central: number; local: number; unit: number; relations: number; replaces: number; attachments: number; pdfs: number; texts: number }>(`
      SELECT count(*)::int AS total,
             count(*) FILTER (WHERE scope = 'CENTRAL')::int AS central,
             count(*) FILTER (WHERE scope = 'LOCAL')::int AS local,
             count(*) FILTER (WHERE scope = 'UNIT')::int AS unit,
             (SELECT count(*)::int FROM "DocumentRelation") AS relations,
             (SELECT count(*)::int FROM "DocumentRelation" WHERE type = 'REPLACES') AS replaces,
             (SELECT count(*)::int FROM "Attachment" WHERE "legalDocumentId" IS NOT NULL) AS attachments,
             (SELECT count(*)::int FROM "Attachment" a JOIN "Media" m ON m.id = a."mediaId" WHERE a."legalDocumentId" IS NOT NULL AND m."mimeType" = 'application/pdf') AS pdfs,
             count(*) FILTER (WHERE "fullText" IS NOT NULL)::int AS texts
        FROM "LegalDocument"`);
    expect(library).toEqual({ total: 80, central: 36, local: 22, unit: 22, relations: 40, replaces: 10, attachments: 36, pdfs: 36, texts: 12 });
    expect(summary.counts).toMatchObject({ documents: 80, relations: 40, documentAttachments: 36 });
    const articles = await one<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE status = 'PUBLISHED'`);
    expect(articles.n).toBeGreaterThanOrEqual(20);
    const roles = (await client.query<{ role: string }>(`SELECT role::text FROM "User" ORDER BY role`)).rows.map((r) => r.role);
    expect(roles.sort()).toEqual(['ADMIN', 'DISTRICT_OFFICER', 'EDITOR', 'LEADER', 'ORG_REPRESENTATIVE', 'STAFF']);
    // The representative speaks for an active cooperative of the district officer's own commune.
    const rep = await one<{ kind: string; status: string; same: boolean }>(
      `SELECT o.kind::text, o.status::text, o."unitId" = d."unitId" AS same
         FROM "User" r JOIN "Organization" o ON o.id = r."organizationId", "User" d
        WHERE r.role = 'ORG_REPRESENTATIVE' AND d.role = 'DISTRICT_OFFICER'`,
    );
    expect(rep).toEqual({ kind: 'COOPERATIVE', status: 'ACTIVE', same: true });
    for (const u of DEMO_USERS) {
      const row = await one<{ hash: string }>(`SELECT "passwordHash" AS hash FROM "User" WHERE email = $1`, [u.email]);
      expect(await verifyPassword(row.hash, u.password)).toBe(true);
    }
    expect(summary.users.length).toBe(6);
  });
});

describe('the demo news feed', () => {
  it('fills the lists as a real site would: at least 150 published articles over three years, in every category', async () => {
    const row = await one<{ n: number; since2024: number; years: number; months: number; categories: number; empty: number }>(`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE "publishedAt" >= TIMESTAMPTZ '2024-01-01 00:00+07')::int AS since2024,
             count(DISTINCT extract(year FROM "publishedAt"))::int AS years,
             count(DISTINCT date_trunc('month', "publishedAt"))::int AS months,
             count(DISTINCT "categoryId")::int AS categories,
             count(*) FILTER (WHERE length(body) < 400)::int AS empty
        FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= TIMESTAMPTZ '${EXPECTED_SEED.today} 23:59+07'`);
    expect(row.n).toBeGreaterThanOrEqual(150);
    expect(row.since2024).toBeGreaterThanOrEqual(150);
    expect(row.years).toBeGreaterThanOrEqual(3);
    expect(row.months).toBeGreaterThanOrEqual(30);
    expect(row.categories).toBe(7);
    expect(row.empty).toBe(0);
  });

  it('has covers and inline figures stored as media, bylines, featured items and linked cooperatives', async () => {
    const row = await one<{ covers: number; figures: number; bylines: number; featured: number; linked: number; captions: number }>(`
      SELECT count(*) FILTER (WHERE "coverMediaId" IS NOT NULL)::int AS covers,
             count(*) FILTER (WHERE body LIKE '%<figure><img src="/media/%')::int AS figures,
             count(*) FILTER (WHERE "sourceLine" IS NOT NULL)::int AS bylines,
             count(*) FILTER (WHERE featured)::int AS featured,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ArticleOrganization" ao WHERE ao."articleId" = a.id))::int AS linked,
             count(*) FILTER (WHERE "coverMediaId" IS NOT NULL AND "coverCaption" IS NOT NULL)::int AS captions
        FROM "Article" a WHERE status = 'PUBLISHED'`);
    expect(row.covers).toBeGreaterThanOrEqual(40);
    expect(row.captions).toBe(row.covers);
    expect(row.figures).toBeGreaterThanOrEqual(5);
    expect(row.bylines).toBeGreaterThanOrEqual(150);
    expect(row.featured).toBeGreaterThanOrEqual(3);
    expect(row.linked).toBeGreaterThanOrEqual(30);
    const media = await one<{ bad: number }>(`
      SELECT count(*)::int AS bad FROM "Media" m JOIN "Article" a ON a."coverMediaId" = m.id
       WHERE m."mimeType" <> 'image/svg+xml' OR m.width IS NULL OR m.height IS NULL OR coalesce(m."altText", '') = ''`);
    expect(media.bad).toBe(0);
  });

  it('keeps a corrected title reachable at its former slug', async () => {
    const row = await one<{ slug: string; current: string }>(`
      SELECT s.slug, a.slug AS current FROM "SlugAlias" s JOIN "Article" a ON a.id = s."entityId" WHERE s.entity = 'ARTICLE' LIMIT 1`);
    expect(row.slug).toMatch(/39-kh-ubnd$/);
    expect(row.current).toMatch(/93-kh-ubnd$/);
  });
});

describe('seeding', () => {
  it('refuses a database that is not empty', async () => {
    await expect(seedDatabase(prisma)).rejects.toThrow();
  });

  it('is deterministic: a second database gets the same data', async () => {
    const other = await freshDatabase(inject('testDatabaseServer'), { migrated: false });
    const otherClient = new pg.Client({ connectionString: other.url });
    const otherPrisma = createPrismaClient(other.url, 4);
    try {
      await migrate(other.url);
      await seedDatabase(otherPrisma);
      await otherClient.connect();
      expect(await fingerprint(otherClient)).toBe(await fingerprint(client));
    } finally {
      await otherClient.end().catch(() => {});
      await otherPrisma.$disconnect();
      await other.drop();
    }
  });
});
