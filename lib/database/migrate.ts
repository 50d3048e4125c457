import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import pg from 'pg';

/**
 * Applies prisma/migrations/<name>/migration.sql in order, recording each in _prisma_migrations
 * exactly as `prisma migrate deploy` does (same table, same SHA-256 checksum of the file, same
 * advisory lock key), so the two agree wherever the Prisma engine is available.
 * See docs/decisions/0001-sql-migrations-own-runner.md.
 */

// Read at run time from the project root; the comment keeps the build from tracing the whole tree.
export const migrationsDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'prisma', 'migrations');

// The key Prisma Migrate itself locks on, so our runner and Prisma's never run at once.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's own DDL for its bookkeeping table (migration-engine, postgres connector).
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };

export type MigrateResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MigrationError';
  }
}

export function checksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export async function readMigrations(dir = migrationsDir): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksum(sql) };
    }),
  );
}

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      const applied = new Map<string, AppliedRow>();
      for (const row of rows) {
        if (row.rolled_back_at) continue;
        if (!row.finished_at) {
          throw new MigrationError(
            `Migration ${row.migration_name} failed earlier and was not resolved; fix the database, ` +
              'then mark it rolled back (prisma migrate resolve) before migrating again.',
          );
        }
        applied.set(row.migration_name, row);
      }

      for (const m of migrations) {
        const row = applied.get(m.name);
        if (row && row.checksum !== m.checksum) {
          throw new MigrationError(
            `Migration ${m.name} was modified after it was applied (checksum ${row.checksum.slice(0, 12)}… ` +
              `in the database, ${m.checksum.slice(0, 12)}… on disk). Applied migrations must not change: ` +
              'restore the file and add a new migration instead.',
          );
        }
      }

      const pending = migrations.filter((m) => !applied.has(m.name));
      const appliedNow: string[] = [];
      for (const m of pending) {
        log(`Applying migration ${m.name}`);
        await client.query('BEGIN');
        try {
          // The advisory lock serializes runners on a real server; on the embedded database all
          // clients share one session (the lock is re-entrant there) but transactions are
          // serialized, so checking again inside the transaction keeps a migration from running twice.
          const done = await client.query(
            'SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL',
            [m.name],
          );
          if (done.rowCount) {
            await client.query('ROLLBACK');
            continue;
          }
          await client.query(m.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations"
               (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), now(), 1)`,
            [randomUUID(), m.checksum, m.name],
          );
          await client.query('COMMIT');
          appliedNow.push(m.name);
        } catch (error) {
          await client.query('ROLLBACK');
          const reason = error instanceof Error ? error.message : String(error);
          throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${reason}`);
        }
      }
      return { applied: appliedNow, alreadyApplied: migrations.length - appliedNow.length };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
