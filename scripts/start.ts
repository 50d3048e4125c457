/**
 * npm start — runs the portal: opens the database (embedded PGlite under .data/ when
 * DATABASE_URL is unset), applies migrations, seeds the demo province into an empty database,
 * builds if the sources changed, and serves on PORT (3000). `--dev` runs `next dev` instead.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

import { migrate } from '../lib/database/migrate';
import { buildIfStale } from './lib/build';
import { DEMO_USERS } from '../prisma/seed/users';
import { openDatabase } from './lib/database';
import { seedDemo } from './lib/seed';
import { authSecret } from './lib/secret';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[portal] ${line}`);

const db = await openDatabase().catch((error: unknown) => {
  console.error(`[portal] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
let shuttingDown = false;
const shutdown = async (code: number) => {
  if (shuttingDown) return;
  shuttingDown = true;
  await db.embedded?.stop().catch(() => {});
  process.exit(code);
};

try {
  log(`Cơ sở dữ liệu: ${db.description}`);
  const migrated = await migrate(db.url, { log });
  log(`Migration: ${migrated.applied.length} mới, ${migrated.alreadyApplied} đã có.`);

  const seeded = await seedDemo(db.url, { onlyIfEmpty: true, log });
  log(
    seeded
      ? `Đã nạp dữ liệu mẫu (tỉnh demo) vào cơ sở dữ liệu trống trong ${(seeded.durationMs / 1000).toFixed(1)} giây.`
      : 'Cơ sở dữ liệu đã có dữ liệu: giữ nguyên.',
  );

  if (!dev) buildIfStale(log);

  const url = `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    NEXT_TELEMETRY_DISABLED: '1',
    // PGlite serves one session at a time; a few connections are enough to keep it busy.
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? (db.embedded ? '4' : '10'),
  };
  // Node itself, not npx, so that signals reach the server. Production runs server.mjs (Next
  // behind the cache of finished public responses, docs/decisions/0007); --dev runs `next dev`.
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = dev
    ? spawn(process.execPath, [nextBin, 'dev', '-p', String(port)], { stdio: 'inherit', env })
    : spawn(process.execPath, [path.join(process.cwd(), 'server.mjs')], { stdio: 'inherit', env: { ...env, PORT: String(port) } });

  console.log('');
  log(`Cổng thông tin đang chạy tại ${url}`);
  log(`Khu vực quản trị: ${url}/quan-tri`);
  log(`Cơ sở dữ liệu: ${db.description}`);
  log('Tài khoản demo:');
  for (const u of DEMO_USERS) log(`  ${u.role.padEnd(17)} ${u.email.padEnd(28)} ${u.password}`);
  console.log('');

  child.on('exit', (code) => void shutdown(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log('Đang dừng…');
      child.kill('SIGTERM');
      // If Next does not exit promptly, close the database anyway so its files are consistent.
      setTimeout(() => void shutdown(0), 5000).unref();
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
}
