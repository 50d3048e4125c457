/**
 * npm run bench:search — how the site search and the directory's text filter behave at scale.
 * Makes a throwaway database (PostgreSQL from DATABASE_URL, else embedded PGlite), seeds the demo,
 * adds generated rows up to 20,000 organizations and 10,000 published articles, then prints, for
 * each query the portal runs, EXPLAIN (ANALYZE, BUFFERS) and the time the client waits (median of
 * several runs, round trip included). The queries are the application's own builders
 * (lib/search/sql.ts, lib/directory/sql.ts), so the plans are the ones visitors get.
 *
 *   npm run bench:search
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:search
 *   EXPLAIN_RUNS=9 EXPLAIN_PLANS=0 npm run bench:search     more runs, no plans (summary only)
 *   EXPLAIN_KEEP=1 DATABASE_URL=… npm run bench:search       keep the database to experiment with
 */
import { createPrismaClient, type Db } from '../lib/db';
import { migrate } from '../lib/database/migrate';
import { parseDirectoryQuery, unitOptions } from '../lib/directory/params';
import { directoryCountSql, directoryPageSql } from '../lib/directory/sql';
import { Prisma } from '../lib/generated/prisma/client';
import {
  countsSql,
  fuzzy,
  MATCH_CAP,
  orderFor,
  overviewSql,
  prepareQuery,
  resultsSql,
  runSearchSql,
  SEARCH_TYPES,
  type PreparedQuery,
  type ResultOrder,
  type SearchCounts,
} from '../lib/search/sql';
import { freshDatabase, runId } from '../tests/setup/test-database';
import { seedDemo } from './lib/seed';

const TARGET_ORGANIZATIONS = 20_000;
const TARGET_ARTICLES = 10_000;
const RUNS = Number(process.env.EXPLAIN_RUNS ?? 5);
const PRINT_PLANS = process.env.EXPLAIN_PLANS !== '0';
const log = (line: string) => console.log(`[bench:search] ${line}`);

/** Organizations and articles in bulk, in SQL: names built from the demo's own communes and words. */
async function addBulkRows(db: Db): Promise<{ organizations: number; articles: number }> {
  const [{ orgs }] = await db.$queryRaw<{ orgs: number }[]>`SELECT count(*)::int AS orgs FROM "Organization"`;
  const [{ articles }] = await db.$queryRaw<{ articles: number }[]>`SELECT count(*)::int AS articles FROM "Article"`;
  const addOrgs = Math.max(0, TARGET_ORGANIZATIONS - orgs);
  const addArticles = Math.max(0, TARGET_ARTICLES - articles);
  await db.$executeRaw`
    WITH c AS (
      SELECT array_agg(id ORDER BY id) AS ids, array_agg(name ORDER BY id) AS names, count(*)::int AS n
        FROM "AdministrativeUnit" WHERE level = 'COMMUNE' AND "validTo" IS NULL
    ), g AS (
      SELECT g, 1 + (g * 7919) % c.n AS k, c.ids, c.names FROM generate_series(1, ${addOrgs}::int) g, c
    )
    INSERT INTO "Organization" (slug, kind, name, "shortName", sector, "sectorGroup", "unitId", address, "establishedOn", status, "mainProducts", "updatedAt")
    SELECT regexp_replace(lower(public.f_unaccent(name)), '[^a-z0-9]+', '-', 'g'), kind, name, NULL, sector, "sectorGroup", "unitId", address, "establishedOn", status, "mainProducts", now()
      FROM (
    SELECT (CASE WHEN g % 6 = 0 THEN 'COOPERATIVE' ELSE 'GROUP' END)::"OrgKind" AS kind,
           (CASE WHEN g % 6 = 0 THEN 'Hợp tác xã ' ELSE 'Tổ hợp tác ' END)
             || (ARRAY['sản xuất lúa', 'nuôi tôm', 'trồng khóm', 'dịch vụ nông nghiệp', 'nuôi cá đồng', 'đan đát lục bình', 'trồng rau an toàn', 'nuôi ong lấy mật', 'chăn nuôi bò', 'mua bán nông sản'])[1 + g % 10]
             || ' ' || (ARRAY['Phát Đạt', 'Thành Công', 'Hưng Thịnh', 'Tân Tiến', 'Đồng Tâm', 'Hiệp Lực', 'Thống Nhất', 'Bình An', 'Phước Lộc', 'Hòa Bình'])[1 + (g / 10) % 10]
             || ' ' || names[k] || ' số ' || g AS name,
           (CASE WHEN g % 10 = 9 THEN 'TRADE_SERVICE' WHEN g % 10 IN (1, 4) THEN 'FISHERY' ELSE 'CROP_LIVESTOCK' END)::"Sector" AS sector,
           (CASE WHEN g % 10 = 9 THEN 'NON_AGRICULTURE' ELSE 'AGRICULTURE' END)::"SectorGroup" AS "sectorGroup",
           ids[k] AS "unitId",
           'Ấp ' || (1 + g % 9) || ', xã ' || names[k] || ', tỉnh An Giang' AS address,
           date '2010-01-01' + (g % 5000) AS "establishedOn",
           (CASE WHEN g % 9 = 0 THEN 'DISSOLVED' ELSE 'ACTIVE' END)::"OrgStatus" AS status,
           (ARRAY['Lúa', 'Tôm, cua', 'Khóm', 'Dịch vụ làm đất, bơm tưới', 'Cá đồng', 'Giỏ lục bình', 'Rau màu', 'Mật ong tràm', 'Bò thịt', 'Nông sản'])[1 + g % 10] AS "mainProducts"
      FROM g) x`;
  await db.$executeRaw`
    WITH cat AS (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM "Category"),
         place AS (SELECT array_agg(name ORDER BY id) AS names, count(*)::int AS n FROM "AdministrativeUnit" WHERE level = 'COMMUNE')
    INSERT INTO "Article" (slug, title, summary, body, "categoryId", status, "publishedAt", "updatedAt")
    SELECT 'tin-sinh-them-' || g,
           (ARRAY['Hợp tác xã ', 'Tổ hợp tác ', 'Nông dân ', 'Liên minh HTX hỗ trợ ', 'Hội nghị ', 'Tập huấn '])[1 + g % 6]
             || (ARRAY['liên kết tiêu thụ lúa', 'phát triển sản phẩm OCOP', 'chuyển đổi số', 'vay vốn mở rộng sản xuất', 'nuôi tôm sinh thái', 'sơ kết 6 tháng', 'xây dựng nông thôn mới'])[1 + (g / 6) % 7]
             || ' ở ' || place.names[1 + (g * 31) % place.n] || ' (bài ' || g || ')',
           'Tin hoạt động kinh tế tập thể tại ' || place.names[1 + (g * 17) % place.n] || ': hợp tác xã, tổ hợp tác và thành viên cùng phát triển sản xuất, tiêu thụ sản phẩm.',
           '<p>' || repeat('Nội dung bài viết về kinh tế tập thể, hợp tác xã và tổ hợp tác trên địa bàn tỉnh. ', 20) || '</p>',
           cat.ids[1 + g % cat.n],
           'PUBLISHED',
           timestamp '2023-01-01' + g * interval '2 hours',
           now()
      FROM generate_series(1, ${addArticles}::int) g, cat, place`;
  await db.$executeRaw`ANALYZE`;
  return { organizations: addOrgs, articles: addArticles };
}

type Probe = { name: string; q: PreparedQuery | null; order: ResultOrder; sql: Prisma.Sql; search?: string };

/** The statements of a visitor's search, as lib/search/queries.ts issues them: counts, then the overview. */
async function searchProbes(db: Db, text: string): Promise<Probe[]> {
  let q = prepareQuery(text)!;
  let [counts] = await runSearchSql<SearchCounts>(db, q, 'ranked', countsSql(q));
  const out: Probe[] = [{ name: `counts "${text}"`, q, order: 'ranked', sql: countsSql(q), search: text }];
  if (SEARCH_TYPES.every((t) => counts[t] === 0)) {
    q = fuzzy(q);
    [counts] = await runSearchSql<SearchCounts>(db, q, 'ranked', countsSql(q));
    out.push({ name: `counts fuzzy "${text}"`, q, order: 'ranked', sql: countsSql(q), search: text });
  }
  for (const order of ['ranked', 'plain'] as const) {
    const types = SEARCH_TYPES.filter((t) => counts[t] > 0 && orderFor(counts[t]) === order);
    if (types.length) out.push({ name: `overview ${order} "${text}" (${types.join(', ')})`, q, order, sql: overviewSql(q, 5, types, order), search: text });
  }
  return out;
}

async function typeProbes(db: Db): Promise<Probe[]> {
  const out: Probe[] = [];
  for (const [type, text, page] of [
    ['organization', 'hop tac xa', 1],
    ['organization', 'hop tac xa', 50],
    ['article', 'hop tac xa', 1],
    ['article', 'Giong Rieng', 1],
    ['organization', 'Giong Rieng', 2],
    ['organization', 'Giong Reng', 1],
  ] as const) {
    let q = prepareQuery(text)!;
    let [counts] = await runSearchSql<SearchCounts>(db, q, 'ranked', countsSql(q));
    if (SEARCH_TYPES.every((t) => counts[t] === 0)) {
      q = fuzzy(q);
      [counts] = await runSearchSql<SearchCounts>(db, q, 'ranked', countsSql(q));
    }
    const order = orderFor(counts[type]);
    out.push({ name: `${type} page ${page} "${text}" (${order}${q.fuzzy ? ', fuzzy' : ''})`, q, order, sql: resultsSql(type, q, 10, (page - 1) * 10, order) });
  }
  return out;
}

async function directoryProbes(db: Db): Promise<Probe[]> {
  const districts = await db.administrativeUnit.findMany({ where: { level: 'DISTRICT' }, select: { id: true, code: true, name: true, type: true } });
  const communes = await db.administrativeUnit.findMany({ where: { level: 'COMMUNE', validTo: null }, select: { id: true, code: true, name: true, type: true } });
  const options = { communes: unitOptions(communes), formerDistricts: unitOptions(districts) };
  const views: [string, Record<string, string>][] = [
    ['directory "giong rieng"', { q: 'giong rieng' }],
    ['directory "hop tac xa"', { q: 'hop tac xa' }],
    ['directory "Ngoc Chuk" (fuzzy)', { q: 'Ngoc Chuk' }],
    ['directory former district Giồng Riềng', { 'huyen-cu': 'giong-rieng' }],
    ['directory commune + OCOP', { xa: 'phu-quoc', ocop: 'co' }],
    ['directory unfiltered page 3', { trang: '3' }],
  ];
  const out: Probe[] = [];
  for (const [name, query] of views) {
    const parsed = parseDirectoryQuery(query, options);
    let filters = parsed.filters;
    const count = async () => {
      const sql = directoryCountSql(filters, MATCH_CAP);
      const [{ total }] = filters.q ? await runSearchSql<{ total: number }>(db, filters.q, 'ranked', sql) : await db.$queryRaw<{ total: number }[]>(sql);
      out.push({ name: `${name}: count${filters.q?.fuzzy ? ' fuzzy' : ''}`, q: filters.q ?? null, order: 'ranked', sql });
      return total;
    };
    let total = await count();
    if (total === 0 && filters.q) {
      filters = { ...filters, q: fuzzy(filters.q) };
      total = await count();
    }
    const order = orderFor(filters.q ? total : 0);
    out.push({ name: `${name}: page (${order})`, q: filters.q ?? null, order, sql: directoryPageSql(filters, 20, (parsed.page - 1) * 20, order) });
  }
  return out;
}

/** Runs a statement as the application does: under the search settings when it has a query. */
function run<T>(db: Db, probe: Probe, sql: Prisma.Sql): Promise<T[]> {
  return probe.q ? runSearchSql<T>(db, probe.q, probe.order, sql) : db.$queryRaw<T[]>(sql);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const serverUrl = process.env.DATABASE_URL;
  const database = await freshDatabase(serverUrl ? { serverUrl, prefix: `portal_explain_${runId()}` } : null, { migrated: false });
  const db = createPrismaClient(database.url, 1);
  try {
    await migrate(database.url);
    const [{ version }] = await db.$queryRaw<{ version: string }[]>`SELECT version()`;
    log(`Database: ${version.split(',')[0]}${serverUrl ? '' : ' (embedded)'}`);
    let t = performance.now();
    await seedDemo(database.url);
    log(`Demo seeded in ${Math.round(performance.now() - t)} ms`);
    t = performance.now();
    const added = await addBulkRows(db);
    const [sizes] = await db.$queryRaw<{ orgs: number; articles: number; documents: number; pages: number }[]>`
      SELECT (SELECT count(*) FROM "Organization")::int AS orgs, (SELECT count(*) FROM "Article" WHERE status = 'PUBLISHED')::int AS articles,
             (SELECT count(*) FROM "LegalDocument")::int AS documents, (SELECT count(*) FROM "Page")::int AS pages`;
    log(`Added ${added.organizations} organizations and ${added.articles} articles in ${Math.round(performance.now() - t)} ms: now ${sizes.orgs} organizations, ${sizes.articles} published articles, ${sizes.documents} documents, ${sizes.pages} pages`);

    const texts = ['hop tac xa', 'Giong Rieng', 'Giồng Riềng', 'Giong Reng', 'Ngoc Chuk', 'nuoi tom Phu Quoc', 'OCOP', '20-NQ/TW', 'dong tam', 'khom'];
    const all: Probe[] = [];
    for (const text of texts) all.push(...(await searchProbes(db, text)));
    all.push(...(await typeProbes(db)), ...(await directoryProbes(db)));
    const summary: { name: string; search?: string; medianMs: number; maxMs: number; serverMs: number; indexes: string }[] = [];
    for (const probe of all) {
      const plan = (await run<{ 'QUERY PLAN': string }>(db, probe, Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${probe.sql}`)).map((r) => r['QUERY PLAN']);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await run(db, probe, probe.sql);
        times.push(performance.now() - start);
      }
      const serverMs = Number(/Execution Time: ([\d.]+) ms/.exec(plan.join('\n'))?.[1] ?? NaN);
      const indexes = [...new Set([...plan.join('\n').matchAll(/(?:Index Scan|Index Only Scan|Bitmap Index Scan) (?:Backward )?(?:using|on) "?([\w]+)"?/g)].map((m) => m[1]))].join(', ');
      summary.push({ name: probe.name, search: probe.search, medianMs: median(times), maxMs: Math.max(...times), serverMs, indexes });
      if (PRINT_PLANS) {
        console.log(`\n── ${probe.name} ─ median ${median(times).toFixed(1)} ms over ${RUNS} runs`);
        console.log(plan.join('\n'));
      }
    }

    // A visitor's search is the counts, then the overview: one or two statements.
    const searches = texts.map((text) => ({ text, ms: summary.filter((s) => s.search === text).reduce((n, s) => n + s.medianMs, 0) }));

    console.log(`\n[bench:search] Summary (${sizes.orgs} organizations, ${sizes.articles} published articles; client-side median of ${RUNS}, ms)`);
    const pad = (s: string, n: number) => s.padEnd(n);
    console.log(`${pad('statement', 78)} ${pad('median', 7)} ${pad('max', 7)} ${pad('server', 7)} indexes`);
    for (const s of summary) {
      console.log(`${pad(s.name, 78)} ${pad(s.medianMs.toFixed(1), 7)} ${pad(s.maxMs.toFixed(1), 7)} ${pad(s.serverMs.toFixed(1), 7)} ${s.indexes || '—'}`);
    }
    console.log('\nA whole search (counts, then the overview), client-side:');
    for (const s of searches) console.log(`  ${pad(`"${s.text}"`, 20)} ${s.ms.toFixed(1)} ms ${s.ms < 80 ? 'OK (< 80 ms)' : 'SLOW (≥ 80 ms)'}`);
    // The large tables must be read through their trigram indexes (pages and documents are small
    // enough that PostgreSQL rightly reads them whole).
    const unindexed = summary.filter((s) => /^counts/.test(s.name) && !(/Organization_\w+_trgm_idx/.test(s.indexes) && /Article_\w+_trgm_idx/.test(s.indexes)));
    console.log(unindexed.length ? `\nCounts not using the trigram indexes: ${unindexed.map((m) => m.name).join('; ')}` : '\nEvery count used the trigram indexes of Organization and Article.');
  } finally {
    await db.$disconnect();
    if (process.env.EXPLAIN_KEEP === '1' && serverUrl) log(`Kept ${database.url}`);
    else await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
