import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmbeddedDatabase, type EmbeddedDatabase } from '@/lib/database/embedded';
import { migrate } from '@/lib/database/migrate';
import { createPrismaClient, type Db } from '@/lib/db';

// The embedded database is one PostgreSQL session shared by every client of the app (the pool,
// scripts, psql). These tests hold it to that: concurrent clients never see each other's
// statements, and a client that vanishes mid-transaction does not leave it open for the next.
let embedded: EmbeddedDatabase;
let clients: Db[];

beforeAll(async () => {
  embedded = await startEmbeddedDatabase({ dataDir: null });
  await migrate(embedded.url);
  clients = Array.from({ length: 4 }, () => createPrismaClient(embedded.url, 4));
  await clients[0].category.create({ data: { slug: 'x', name: 'X' } });
});

afterAll(async () => {
  for (const c of clients ?? []) await c.$disconnect();
  await embedded?.stop();
});

describe('the embedded database server', () => {
  it('keeps concurrent clients’ statements, parameters and transactions apart', async () => {
    let errors = 0;
    let wrong = 0;
    await Promise.all(
      Array.from({ length: 1000 }, async (_, i) => {
        const c = clients[i % clients.length];
        try {
          switch (i % 5) {
            case 0: {
              const r = await c.category.findMany({ where: { slug: { in: ['x', 'y', String(i)] } } });
              if (r.length !== 1) wrong++;
              break;
            }
            case 1: {
              const r = await c.$queryRawUnsafe<{ s: number }[]>('SELECT $1::int + $2::int AS s', i, 1);
              if (r[0].s !== i + 1) wrong++;
              break;
            }
            case 2: {
              const r = await c.$queryRawUnsafe<{ s: string }[]>('SELECT $1::text || $2::text || $3::text AS s', 'a', String(i), 'b');
              if (r[0].s !== `a${i}b`) wrong++;
              break;
            }
            case 3:
              // Waiting for the session is part of the test: allow for it in Prisma's timeouts.
              await c.$transaction(
                async (tx) => {
                  await tx.category.count();
                  await tx.$queryRawUnsafe('SELECT 1 AS one');
                },
                { maxWait: 20_000, timeout: 30_000 },
              );
              break;
            default: {
              const r = await c.category.count({ where: { name: 'X' } });
              if (r !== 1) wrong++;
            }
          }
        } catch (error) {
          if (errors === 0) console.warn(String(error));
          errors++;
        }
      }),
    );
    expect({ errors, wrong }).toEqual({ errors: 0, wrong: 0 });
  });

  it('rolls back the transaction of a client that disconnects inside it', async () => {
    const quitter = new pg.Client({ connectionString: embedded.url });
    await quitter.connect();
    await quitter.query('BEGIN');
    await quitter.query(`INSERT INTO "Category" (slug, name) VALUES ('bo-do', 'Bỏ dở')`);
    quitter.end().catch(() => {});
    const other = new pg.Client({ connectionString: embedded.url });
    await other.connect();
    const { rows } = await other.query<{ n: string }>(`SELECT count(*) AS n FROM "Category" WHERE slug = 'bo-do'`);
    const { rows: state } = await other.query<{ open: boolean }>(`SELECT now() = statement_timestamp() AS open`);
    await other.end();
    expect(rows[0].n).toBe('0');
    // A new statement outside any transaction: now() moves with each statement.
    expect(state[0].open).toBe(true);
  });
});
