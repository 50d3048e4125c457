/**
 * Multi-row INSERTs for the big tables. Prisma's createMany binds one parameter per cell, which
 * means tens of thousands of parameters per statement for reports; here each column travels as
 * one text[] parameter and PostgreSQL unnests and casts it, so 5,000 rows cost one round trip
 * (it matters on the embedded PGlite database, which is a single slow session).
 */
import type { SeedClient } from './client';

/** Column SQL type used to cast the text array element, e.g. 'int', 'bigint', '"OrgStatus"'. */
export type ColumnTypes = Record<string, string>;
export type Cell = string | number | bigint | boolean | Date | null | undefined;
export type Row = Record<string, Cell>;

function toText(value: Cell, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
  return String(value);
}

export async function bulkInsert(
  db: SeedClient,
  table: string,
  columns: ColumnTypes,
  rows: readonly Row[],
  options: { updatedAt?: boolean; chunkSize?: number } = {},
): Promise<number> {
  const names = Object.keys(columns);
  const chunkSize = options.chunkSize ?? 5000;
  const colList = names.map((n) => `"${n}"`).join(', ');
  const unnestArgs = names.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = names.map((_, i) => `c${i}`);
  const selects = names.map((n, i) => `${aliases[i]}::${columns[n]}`);
  const sql =
    `INSERT INTO "${table}" (${colList}${options.updatedAt ? ', "updatedAt"' : ''}) ` +
    `SELECT ${selects.join(', ')}${options.updatedAt ? ', now()' : ''} ` +
    `FROM unnest(${unnestArgs}) AS u(${aliases.join(', ')})`;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const params = names.map((n) => chunk.map((r) => toText(r[n], columns[n])));
    inserted += await db.$executeRawUnsafe(sql, ...params);
  }
  return inserted;
}

/** After inserting explicit ids into SERIAL columns, move the sequences past them. */
export async function resetSequences(db: SeedClient, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await db.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX(id) FROM "${table}"), 0) + 1, false)`,
    );
  }
}
