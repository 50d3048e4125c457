import { queryOnce } from '../setup/sql';

/** Reads from the seeded test database the browser tests run against, to compare with the page. */
export const sql = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
  queryOnce<T>(process.env.DATABASE_URL ?? '', text, params);

export const viNumber = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
