import { cp, mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';

import { checksum, migrate, migrationsDir, readMigrations } from '@/lib/database/migrate';
import { queryOnce } from '../setup/sql';
import { freshDatabase } from '../setup/test-database';

// These tests need databases the setup file has NOT migrated, so each makes its own.
const made: { drop: () => Promise<void> }[] = [];
async function emptyDatabase(): Promise<string> {
  const db = await freshDatabase(inject('testDatabaseServer'), { migrated: false });
  made.push(db);
  return db.url;
}

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'migrations-'));
  await cp(migrationsDir, scratch, { recursive: true });
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

afterAll(async () => {
  for (const db of made) await db.drop();
});

describe('migration runner', () => {
  it('applies every migration once and records it as Prisma does', async () => {
    const url = await emptyDatabase();
    const files = await readMigrations();
    const first = await migrate(url);
    expect(first.applied).toEqual(files.map((f) => f.name));

    const rows = await queryOnce<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; id: string }>(
      url,
      'SELECT id, migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(files[i].checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }

    const second = await migrate(url);
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });
  });

  it('checksums the file bytes with SHA-256, like Prisma', () => {
    expect(checksum('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses to go on when an applied migration was changed', async () => {
    const url = await emptyDatabase();
    await migrate(url, { dir: scratch });
    const [first] = await readMigrations(scratch);
    await writeFile(path.join(scratch, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await mkdir(path.join(scratch, '29990101000000_later'));
    await writeFile(path.join(scratch, '29990101000000_later', 'migration.sql'), 'CREATE TABLE "Later" (id int);');

    await expect(migrate(url, { dir: scratch })).rejects.toThrow(/was modified after it was applied/);
    const later = await queryOnce(url, `SELECT to_regclass('"Later"') AS t`);
    expect(later[0]).toEqual({ t: null });
  });

  it('rolls a failing migration back whole and records nothing', async () => {
    const url = await emptyDatabase();
    await migrate(url, { dir: scratch });
    await mkdir(path.join(scratch, '29990101000000_broken'));
    await writeFile(
      path.join(scratch, '29990101000000_broken', 'migration.sql'),
      'CREATE TABLE "HalfDone" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;',
    );
    await expect(migrate(url, { dir: scratch })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    expect(await queryOnce(url, `SELECT to_regclass('"HalfDone"') AS t`)).toEqual([{ t: null }]);
    expect(await queryOnce(url, `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`)).toEqual([{ n: 0 }]);

    // Once fixed, it applies.
    await writeFile(path.join(scratch, '29990101000000_broken', 'migration.sql'), 'CREATE TABLE "HalfDone" (id int);');
    expect((await migrate(url, { dir: scratch })).applied).toEqual(['29990101000000_broken']);
  });

  it('lets two starts race without applying anything twice', async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const total = (await readMigrations()).length;
    expect(results.reduce((n, r) => n + r.applied.length, 0)).toBe(total);
    expect(await queryOnce(url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"')).toEqual([{ n: total }]);
  });

  it('stops at a migration Prisma recorded as failed', async () => {
    const url = await emptyDatabase();
    await migrate(url, { dir: scratch });
    await queryOnce(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ('00000000-0000-4000-8000-000000000000', $1, 'x_failed', now())`,
      ['0'.repeat(64)],
    );
    await expect(migrate(url, { dir: scratch })).rejects.toThrow(/x_failed failed earlier/);
  });
});
