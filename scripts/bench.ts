/**
 * npm run bench — how fast the public portal serves its pages, against the same bytes served from
 * memory by a minimal Node server in the same run (the ratio is the figure that travels between
 * machines). Serves the production build on a freshly seeded database, then runs autocannon with
 * 20 connections against each page.
 *
 *   npm run bench                      PostgreSQL from DATABASE_URL, else embedded PGlite
 *   BENCH_SECONDS=5 npm run bench      shorter runs (default 10 s a page and server)
 *   BENCH_PAGES=home,search npm run bench
 *
 * Cached pages are expected at ≥ 1,200 req/s and ≥ 0.2× the in-memory figure with p95 < 50 ms;
 * per-request pages (search, filtered lists) at ≥ 340 req/s with p95 < 80 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import autocannon from 'autocannon';
import pg from 'pg';

import { migrate } from '../lib/database/migrate';
import { freshDatabase, runId } from '../tests/setup/test-database';
import { buildIfStale } from './lib/build';
import { seedDemo } from './lib/seed';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 20;
const log = (line: string) => console.log(`[bench] ${line}`);

type Kind = 'cached' | 'per-request';
/**
 * `vary` makes every request ask for a different URL (a new search, a new filter combination), so
 * the row measures pages rendered per request rather than served from the page cache.
 */
type Page = { name: string; label: string; kind: Kind; path: string; vary?: (i: number) => string };

const SEARCH_WORDS = ['hop tac xa', 'lua', 'tom', 'Giong Rieng', 'tap huan', 'von gop', 'OCOP', 'thanh vien', 'nong nghiep', 'Kien Giang', 'quy tin dung', 'hoi cho'];

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** URLs of real content in the seeded database, so every page renders something. */
async function choosePages(databaseUrl: string): Promise<Page[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const one = async (sql: string): Promise<string> => {
    const { rows } = await client.query<{ v: string }>(sql);
    if (!rows[0]) throw new Error(`bench: no row for ${sql}`);
    return rows[0].v;
  };
  try {
    const article = await one(
      `SELECT slug AS v FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    const category = await one(
      `SELECT c.slug AS v FROM "Category" c JOIN "Article" a ON a."categoryId" = c.id GROUP BY c.slug ORDER BY count(*) DESC LIMIT 1`,
    );
    const document = await one(`SELECT slug AS v FROM "LegalDocument" WHERE published ORDER BY "issuedOn" DESC LIMIT 1`);
    const organization = await one(
      `SELECT slug AS v FROM "Organization" WHERE kind = 'COOPERATIVE' AND status = 'ACTIVE' ORDER BY id LIMIT 1`,
    );
    return [
      { name: 'home', label: 'Trang chủ /', kind: 'cached', path: '/' },
      { name: 'article', label: 'Bài viết', kind: 'cached', path: `/tin-tuc/${article}` },
      { name: 'category', label: 'Chuyên mục', kind: 'cached', path: `/tin-tuc/chuyen-muc/${category}` },
      { name: 'documents', label: 'Danh sách văn bản', kind: 'cached', path: '/van-ban' },
      { name: 'document', label: 'Một văn bản', kind: 'cached', path: `/van-ban/${document}` },
      { name: 'directory', label: 'Danh bạ HTX', kind: 'cached', path: '/hop-tac-xa' },
      { name: 'profile', label: 'Hồ sơ HTX', kind: 'cached', path: `/hop-tac-xa/${organization}` },
      { name: 'filtered', label: 'Văn bản có lọc', kind: 'per-request', path: '/van-ban?pham-vi=trung-uong&trang=2' },
      { name: 'search', label: 'Tìm kiếm (cùng truy vấn)', kind: 'per-request', path: `/tim-kiem?q=${encodeURIComponent('hop tac xa')}` },
      {
        name: 'search-fresh',
        label: 'Tìm kiếm (mỗi lần một truy vấn mới)',
        kind: 'per-request',
        path: `/tim-kiem?q=${encodeURIComponent('hop tac xa')}`,
        vary: (i) => `/tim-kiem?q=${encodeURIComponent(`${SEARCH_WORDS[i % SEARCH_WORDS.length]} ${Math.floor(i / SEARCH_WORDS.length)}`)}`,
      },
      {
        name: 'filtered-fresh',
        label: 'Văn bản có lọc (mỗi lần một bộ lọc mới)',
        kind: 'per-request',
        path: '/van-ban?pham-vi=trung-uong&trang=2',
        vary: (i) => `/van-ban?pham-vi=${['trung-uong', 'dia-phuong', 'don-vi'][i % 3]}&q=${encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length])}&trang=${1 + (Math.floor(i / 3) % 50)}&n=${i}`,
      },
    ];
  } finally {
    await client.end();
  }
}

/** A minimal in-memory server answering each path with the bytes Next served for it. */
function startMemoryServer(port: number, bodies: Record<string, string>): ChildProcess {
  const source = `
    const http = require('node:http');
    const raw = JSON.parse(require('node:fs').readFileSync(process.env.BODIES_FILE, 'utf8'));
    const bodies = new Map(Object.entries(raw).map(([k, v]) => [k, Buffer.from(v, 'base64')]));
    http.createServer((req, res) => {
      const body = bodies.get(req.url);
      if (!body) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1');
  `;
  const encoded = Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, Buffer.from(v).toString('base64')]));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portal-bench-')), 'bodies.json');
  writeFileSync(file, JSON.stringify(encoded));
  return spawn(process.execPath, ['-e', source], { stdio: 'inherit', env: { ...process.env, BODIES_FILE: file } });
}

type Result = { rps: number; p50: number; p95: number; p99: number; errors: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(url: string, vary?: (i: number) => string): Promise<Result> {
  const times: number[] = [];
  let errors = 0;
  let counter = 0;
  const requests = vary
    ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: vary(counter++) }) }]
    : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, requests }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== 200) errors += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: errors + result.errors + result.timeouts,
  };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const only = process.env.BENCH_PAGES?.split(',').map((s) => s.trim());
  const serverUrl = process.env.DATABASE_URL;
  log(`Database: ${serverUrl ? 'PostgreSQL from DATABASE_URL' : 'embedded PGlite'}; ${seconds} s a run, ${connections} connections`);
  const database = await freshDatabase(serverUrl ? { serverUrl, prefix: `portal_bench_${runId()}` } : null, { migrated: false });
  let next: ChildProcess | undefined;
  let memory: ChildProcess | undefined;
  try {
    await migrate(database.url);
    await seedDemo(database.url);
    buildIfStale(log);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // The production server as `npm start` runs it; BENCH_NEXT_ONLY=1 measures `next start` alone.
    const command = process.env.BENCH_NEXT_ONLY ? [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)] : ['server.mjs'];
    next = spawn(process.execPath, command, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        NEXTAUTH_SECRET: 'bench-secret',
        NEXTAUTH_URL: base,
        NEXT_TELEMETRY_DISABLED: '1',
        PORT: String(port),
        DATABASE_POOL_MAX: serverUrl ? '10' : '4',
      },
    });
    await waitFor(`${base}/api/health`);

    const pages: Page[] = [];
    const bodies: Record<string, string> = {};
    for (const page of (await choosePages(database.url)).filter((p) => !only || only.includes(p.name))) {
      // Twice: the first request renders and fills the cache, the second is what visitors get.
      await fetch(base + page.path);
      const response = await fetch(base + page.path);
      if (!response.ok) {
        log(`${page.path} answered ${response.status}: left out of the table.`);
        continue;
      }
      bodies[page.path] = await response.text();
      pages.push(page);
    }
    if (pages.length === 0) throw new Error('no page answered');

    const memoryPort = await freePort();
    memory = startMemoryServer(memoryPort, bodies);
    await waitFor(`http://127.0.0.1:${memoryPort}${pages[0].path}`);

    const rows: string[][] = [];
    for (const page of pages) {
      log(`${page.label}: ${page.path}`);
      const served = await load(base + page.path, page.vary);
      const baseline = await load(`http://127.0.0.1:${memoryPort}${page.path}`);
      const ratio = served.rps / baseline.rps;
      const ok =
        page.kind === 'cached'
          ? served.rps >= 1200 && ratio >= 0.2 && served.p95 < 50
          : served.rps >= 340 && served.p95 < 80;
      rows.push([
        page.label,
        page.kind === 'cached' ? 'cached' : 'per request',
        fmt(Buffer.byteLength(bodies[page.path]) / 1024, 1),
        fmt(served.rps),
        fmt(served.p50, 1),
        fmt(served.p95, 1),
        fmt(served.p99, 1),
        fmt(baseline.rps),
        fmt(ratio, 2),
        served.errors ? `${served.errors} errors` : ok ? 'yes' : 'no',
      ]);
    }

    const header = ['page', 'kind', 'KB', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'memory req/s', 'ratio', 'target met'];
    console.log('');
    console.log(`| ${header.join(' | ')} |`);
    console.log(`| ${header.map((h, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`);
    for (const row of rows) console.log(`| ${row.join(' | ')} |`);
    console.log('');
    log('Targets: cached ≥ 1,200 req/s, ≥ 0.2× memory, p95 < 50 ms; per request ≥ 340 req/s, p95 < 80 ms.');
  } finally {
    next?.kill('SIGTERM');
    memory?.kill('SIGTERM');
    await database.drop();
  }
}

await main();
process.exit(0);
