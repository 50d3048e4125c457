import 'server-only';

import { prisma } from '@/lib/db';

import {
  countsSql,
  fuzzy,
  MATCH_CAP,
  orderFor,
  overviewSql,
  prepareQuery,
  resultsSql,
  runSearchSql,
  SEARCH_TYPES,
  type PreparedQuery,
  type SearchCounts,
  type SearchRow,
  type SearchType,
} from './sql';
import { MAX_QUERY_LENGTH } from './text';

export const RESULTS_PER_PAGE = 10;
export const OVERVIEW_PER_TYPE = 5;

export type SiteSearch =
  | { state: 'empty'; query: string }
  | { state: 'too-short'; query: string }
  | {
      state: 'results';
      query: string;
      accented: boolean;
      /** Each counted up to MATCH_CAP. */
      counts: SearchCounts;
      /** Types whose count reached MATCH_CAP ("more than 1,000"), listed by date or name. */
      capped: SearchType[];
      /** Nothing matched exactly: these are near matches (typing slips forgiven). */
      fuzzy: boolean;
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
  const exact = prepareQuery(rawQuery);
  if (!exact) {
    const query = Array.from(rawQuery.normalize('NFC').trim()).slice(0, MAX_QUERY_LENGTH).join('');
    return query ? { state: 'too-short', query } : { state: 'empty', query };
  }

  let prepared = exact;
  let counts = await countAll(prepared);
  // Nothing at all: forgive typing slips (similar titles), which costs more per row.
  if (SEARCH_TYPES.every((t) => counts[t] === 0)) {
    prepared = fuzzy(exact);
    counts = await countAll(prepared);
  }
  const capped = SEARCH_TYPES.filter((t) => counts[t] >= MATCH_CAP);
  const total = SEARCH_TYPES.reduce((n, t) => n + counts[t], 0);
  const base = { state: 'results' as const, query: prepared.text, accented: prepared.accented, counts, capped, fuzzy: prepared.fuzzy, total, type };

  if (total === 0) return { ...base, page: 1, pageCount: 1, rows: [] };
  if (type === null) return { ...base, page: 1, pageCount: 1, rows: await overview(prepared, counts) };

  const pageCount = Math.max(1, Math.ceil(counts[type] / RESULTS_PER_PAGE));
  // A page past the end has nothing: no need to ask the database.
  if (page > pageCount) return { ...base, page, pageCount, rows: [] };
  const order = orderFor(counts[type]);
  const rows = await runSearchSql<SearchRow>(prisma, prepared, order, resultsSql(type, prepared, RESULTS_PER_PAGE, (page - 1) * RESULTS_PER_PAGE, order));
  return { ...base, page, pageCount, rows: sortRows(rows) };
}

async function countAll(q: PreparedQuery): Promise<SearchCounts> {
  const [row] = await runSearchSql<SearchCounts>(prisma, q, 'ranked', countsSql(q));
  return Object.fromEntries(SEARCH_TYPES.map((t) => [t, Number(row?.[t] ?? 0)])) as SearchCounts;
}

/** The first few of every type with matches: ranked types in one statement, plain-order ones in another. */
async function overview(q: PreparedQuery, counts: SearchCounts): Promise<SearchRow[]> {
  const rows: SearchRow[] = [];
  for (const order of ['ranked', 'plain'] as const) {
    const types = SEARCH_TYPES.filter((t) => counts[t] > 0 && orderFor(counts[t]) === order);
    if (types.length > 0) rows.push(...(await runSearchSql<SearchRow>(prisma, q, order, overviewSql(q, OVERVIEW_PER_TYPE, types, order))));
  }
  return sortRows(rows);
}

function sortRows(rows: SearchRow[]): SearchRow[] {
  const order = (t: SearchType) => SEARCH_TYPES.indexOf(t);
  return [...rows].sort((a, b) => order(a.type) - order(b.type) || a.pos - b.pos);
}

export type { PreparedQuery, SearchCounts, SearchRow, SearchType };
