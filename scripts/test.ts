/**
 * npm test — every test: Vitest (unit + integration, each integration file on a fresh database),
 * then Playwright in Chromium against the production build on a freshly seeded database.
 * DATABASE_URL names a PostgreSQL server to create (and drop) the test databases on; without
 * it everything runs on in-memory embedded PGlite servers. Ends with one "N passed, N failed" line.
 *
 *   npm test                 all
 *   npm test -- --no-e2e     Vitest only
 *   npm run test:e2e         Playwright only
 *   npm run test:e2e -- tests/e2e/news.spec.ts   Playwright, only the files (or -g patterns) given
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

import { migrate } from '../lib/database/migrate';
import { freshDatabase, runId } from '../tests/setup/test-database';
import { build, buildIfStale } from './lib/build';
import { chromiumPath } from './lib/chromium';
import { seedDemo } from './lib/seed';

const args = process.argv.slice(2);
const e2eOnly = args.includes('--e2e-only');
const noE2e = args.includes('--no-e2e');
/** Anything else on the command line goes to Playwright (files, -g patterns). */
const playwrightArgs = args.filter((a) => a !== '--e2e-only' && a !== '--no-e2e');
const log = (line: string) => console.log(`\n[test] ${line}`);

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };

// Async spawn, never spawnSync: the embedded database is served from this very process.
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: 'inherit', env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

async function vitest(): Promise<void> {
  log('Vitest: unit and integration tests');
  const out = 'test-results/vitest.json';
  rmSync(out, { force: true });
  const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(out);
  if (!report) {
    total.failed += 1;
    console.error(`Vitest exited with ${code} and wrote no report.`);
    return;
  }
  total.passed += report.numPassedTests;
  total.failed += report.numFailedTests + (code !== 0 && report.numFailedTests === 0 ? 1 : 0);
  total.skipped += report.numPendingTests + report.numTodoTests;
}

async function playwright(): Promise<void> {
  log('Browser tests: preparing a fresh demo database');
  const serverUrl = process.env.DATABASE_URL;
  const database = await freshDatabase(
    serverUrl ? { serverUrl, prefix: `portal_e2e_${runId()}` } : null,
    { migrated: false },
  );
  try {
    await migrate(database.url);
    const seeded = await seedDemo(database.url);
    log(`Seeded in ${((seeded?.durationMs ?? 0) / 1000).toFixed(1)} s`);

    if (process.env.CI) {
      log('Building the production bundle');
      build();
    } else {
      buildIfStale((line) => log(line));
    }

    const executable = await chromiumPath();
    log(`Playwright in ${executable}`);
    const out = 'test-results/playwright.json';
    rmSync(out, { force: true });
    const code = await run('npx', ['playwright', 'test', ...playwrightArgs], {
      ...process.env,
      DATABASE_URL: database.url,
      CHROMIUM_PATH: executable,
      NEXTAUTH_SECRET: 'e2e-secret',
    });
    type Stats = { expected: number; unexpected: number; flaky: number; skipped: number };
    const report = readJson<{ stats: Stats }>(out);
    if (!report) {
      total.failed += 1;
      console.error(`Playwright exited with ${code} and wrote no report.`);
      return;
    }
    total.passed += report.stats.expected;
    total.failed += report.stats.unexpected + report.stats.flaky + (code !== 0 && report.stats.unexpected === 0 ? 1 : 0);
    total.skipped += report.stats.skipped;
  } finally {
    await database.drop();
  }
}

const started = Date.now();
mkdirSync('test-results', { recursive: true });
process.env.NEXT_TELEMETRY_DISABLED = '1';
try {
  if (!e2eOnly) await vitest();
  if (!noE2e) await playwright();
} catch (error) {
  console.error(error);
  total.failed += 1;
}

console.log(`\n[test] Finished in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`Tests: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
