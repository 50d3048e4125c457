import 'server-only';

import { prisma } from '@/lib/db';

import { countsSql, overviewSql, prepareQuery, resultsSql, SEARCH_TYPES, type PreparedQuery, type SearchCounts, type SearchRow, type SearchType } from './sql';

export const RESULTS_PER_PAGE = 10;
export const OVERVIEW_PER_TYPE = 5;

export type SiteSearch =
  | { state: 'empty'; query: string }
  | { state: 'too-short'; query: string }
  | {
      state: 'results';
      query: string;
      accented: boolean;
      counts: SearchCounts;
      total: number;
      /** null: the overview of every type (a few of each). */
      type: SearchType | null;
      page: number;
      pageCount: number;
      rows: SearchRow[];
    };

/**
 * One search over published articles, legal documents, organizations and pages: counts of every
 * type, then either the best few of each (type null) or one page of one type.
 */
export async function searchSite(rawQuery: string, type: SearchType | null = null, page = 1): Promise<SiteSearch> {
  const prepared = prepareQuery(rawQuery);
  const query = prepared?.text ?? rawQuery.normalize('NFC').trim().slice(0, 100);
  if (!prepared) return query ? { state: 'too-short', query } : { state: 'empty', query };

  const [countRow] = await prisma.$queryRaw<SearchCounts[]>(countsSql(prepared));
  const counts = Object.fromEntries(SEARCH_TYPES.map((t) => [t, Number(countRow?.[t] ?? 0)])) as SearchCounts;
  const total = SEARCH_TYPES.reduce((n, t) => n + counts[t], 0);
  const base = { state: 'results' as const, query: prepared.text, accented: prepared.accented, counts, total, type };

  if (total === 0) return { ...base, page: 1, pageCount: 1, rows: [] };
  if (type === null) {
    const rows = await prisma.$queryRaw<SearchRow[]>(overviewSql(prepared, OVERVIEW_PER_TYPE));
    return { ...base, page: 1, pageCount: 1, rows: sortRows(rows) };
  }
  const pageCount = Math.max(1, Math.ceil(counts[type] / RESULTS_PER_PAGE));
  // A page past the end has nothing: no need to ask the database.
  if (page > pageCount) return { ...base, page, pageCount, rows: [] };
  const rows = await prisma.$queryRaw<SearchRow[]>(resultsSql(type, prepared, RESULTS_PER_PAGE, (page - 1) * RESULTS_PER_PAGE));
  return { ...base, page, pageCount, rows: sortRows(rows) };
}

function sortRows(rows: SearchRow[]): SearchRow[] {
  const order = (t: SearchType) => SEARCH_TYPES.indexOf(t);
  return [...rows].sort((a, b) => order(a.type) - order(b.type) || a.pos - b.pos);
}

export type { PreparedQuery, SearchCounts, SearchRow, SearchType };
