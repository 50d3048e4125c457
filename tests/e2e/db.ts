import pg from 'pg';

/** Reads from the seeded test database the browser tests run against, to compare with the page. */
export async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

export const viNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
