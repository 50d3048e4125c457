/** The URL of /tim-kiem: ?q=…&loai=…&trang=… (Vietnamese names without diacritics). */
import { parsePage } from '@/lib/pagination';
import type { ListQuery } from '@/lib/cache/query-routes';

import type { SearchType } from './sql';

/** ?loai= values and the result types they select. */
export const SEARCH_TYPE_PARAMS = {
  'tin-bai': 'article',
  'van-ban': 'document',
  'hop-tac-xa': 'organization',
  'trang-thong-tin': 'page',
} as const satisfies Record<string, SearchType>;

export type SearchTypeParam = keyof typeof SEARCH_TYPE_PARAMS;

export const SEARCH_TYPE_PARAM: Record<SearchType, SearchTypeParam> = {
  article: 'tin-bai',
  document: 'van-ban',
  organization: 'hop-tac-xa',
  page: 'trang-thong-tin',
};

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  article: 'Tin bài',
  document: 'Văn bản',
  organization: 'Hợp tác xã, tổ hợp tác',
  page: 'Trang thông tin',
};

export type SearchParams = { q: string; type: SearchType | null; page: number };

/** Reads a canonical query (lib/cache/query-routes.ts); unknown types mean "all". */
export function parseSearchParams(query: ListQuery): SearchParams {
  const loai = query.loai;
  const type = loai !== undefined && Object.hasOwn(SEARCH_TYPE_PARAMS, loai) ? SEARCH_TYPE_PARAMS[loai as SearchTypeParam] : null;
  return { q: query.q ?? '', type, page: type ? parsePage(query.trang) : 1 };
}

/** The link to a search, e.g. for a type tab or a suggestion. */
export function searchHref(q: string, type: SearchType | null = null, page = 1): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (type) params.set('loai', SEARCH_TYPE_PARAM[type]);
  if (page > 1) params.set('trang', String(page));
  const s = params.toString();
  return s ? `/tim-kiem?${s}` : '/tim-kiem';
}
