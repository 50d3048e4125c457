/**
 * npm run db:reset — deletes the demo data and seeds it afresh. On the embedded database it
 * removes .data/pglite; on a server it drops and recreates the public schema (asks first).
 */
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';

import pg from 'pg';

import { migrate } from '../lib/database/migrate';
import { embeddedDir, openDatabase, redact } from './lib/database';
import { seedDemo } from './lib/seed';

const serverUrl = process.env.DATABASE_URL;
if (serverUrl && !process.argv.includes('--yes')) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`Xoá toàn bộ dữ liệu trong ${redact(serverUrl)}? Gõ "xoa" để xác nhận: `);
  rl.close();
  if (answer.trim() !== 'xoa') {
    console.log('Đã huỷ, không thay đổi gì.');
    process.exit(1);
  }
}

if (serverUrl) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
} else {
  rmSync(embeddedDir, { recursive: true, force: true });
}

const db = await openDatabase().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
try {
  await migrate(db.url, { log: console.log });
  await seedDemo(db.url, { log: console.log });
  console.log(`Đã đặt lại dữ liệu mẫu: ${db.description}`);
} finally {
  await db.embedded?.stop();
}
