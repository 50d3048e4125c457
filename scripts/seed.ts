/**
 * `npm run db:seed`: fills an empty, migrated database (DATABASE_URL) with the demo province and
 * prints the demo accounts. Refuses (exit 1) when the database already has organizations or users:
 * seeding never mixes with real or earlier data. To start over: `npm run db:reset`.
 */
import { seedDemo } from './lib/seed';

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set. Use `npm start` (embedded database) or set DATABASE_URL to a migrated PostgreSQL database.');
    return 1;
  }
  console.log('Seeding the demo province (Kiên Giang → An Giang)…');
  const summary = await seedDemo(url, { onlyIfEmpty: true, log: (s) => console.log(s) });
  if (!summary) {
    console.error('The database already has organizations or users: the demo seed only fills an empty database. Nothing was changed.');
    console.error('To start over with demo data: npm run db:reset');
    return 1;
  }
  console.log(`\nDone in ${(summary.durationMs / 1000).toFixed(1)} s.`);
  const width = Math.max(...Object.keys(summary.counts).map((k) => k.length));
  for (const [k, v] of Object.entries(summary.counts)) console.log(`  ${k.padEnd(width)}  ${v.toLocaleString('vi-VN')}`);
  console.log('\nDemo accounts:');
  const rows = summary.users.map((u) => [u.email, u.password, u.role + (u.unitCode ? ` (đơn vị ${u.unitCode})` : '')]);
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['email', 'password', 'role'][i].length));
  console.log(`  ${'email'.padEnd(w[0])}  ${'password'.padEnd(w[1])}  role`);
  for (const r of rows) console.log(`  ${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2]}`);
  return 0;
}

process.exitCode = await main();
