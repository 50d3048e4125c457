import type { Db } from '@/lib/db';
import { readMigrations } from '@/lib/database/migrate';

export type MigrationStatus = { applied: number; pending: string[]; failed: string[] };

/** Compares the migrations on disk with those recorded in the database. */
export async function getMigrationStatus(db: Pick<Db, '$queryRaw'>): Promise<MigrationStatus> {
  const files = await readMigrations();
  const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
    SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"`;
  const done = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  return { applied: done.size, pending: files.map((f) => f.name).filter((n) => !done.has(n)), failed };
}
