import { existsSync } from 'node:fs';

import { defineConfig } from '@playwright/test';

import { E2E_SCHEDULER_SECONDS } from './tests/e2e/scheduler-interval';

// Run through `npm test` or `npm run test:e2e` (scripts/test.ts), which prepares a fresh seeded
// database, builds, resolves the Chromium binary and sets the variables read here.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const databaseUrl = process.env.DATABASE_URL ?? '';
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const host = databaseUrl ? new URL(databaseUrl).hostname : '';
if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
  throw new Error(`Browser tests run only against a local test database (DATABASE_URL host: "${host}").`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // No network here: keep Chromium from calling home (it would hang on refused connections).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // The production server (Next behind the cache of finished public responses), as `npm start` runs it.
    command: 'node server.mjs',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-secret',
      NEXTAUTH_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '4',
      // The in-app scheduler passes every few seconds instead of every 30 (newsroom-scheduler.spec.ts).
      ARTICLE_SCHEDULER_SECONDS: String(E2E_SCHEDULER_SECONDS),
    },
  },
});
