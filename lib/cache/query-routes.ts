/**
 * Public lists with filters in the query string (/van-ban?pham-vi=…, /tim-kiem?q=…): the proxy
 * rewrites such a request to an internal route whose last segment carries the query in a canonical
 * form (`/van-ban/bo-loc/<segment>`), so the bare list stays a static page whatever its query.
 *
 * - Lists with a bounded set of queries (news pages, a week of the schedule, a feedback code) are
 *   rendered once per canonical query and kept in the page cache until their tags expire.
 * - Lists whose queries are open-ended (search, document filters, the directory) are rendered per
 *   request and kept only by the front cache (server.mjs), which the proxy tells so with
 *   FRONT_CACHE_HEADER: storing every new combination in the page cache cost more than rendering
 *   it (Next serialises each entry in full) and pushed real pages out of it. See docs/decisions/0004.
 *
 * Pure functions: used by proxy.ts and by the pages that decode the segment.
 */

/** The internal folder name under each list route. */
export const FILTER_SEGMENT = 'bo-loc';

/**
 * Public paths whose query string selects what the page shows; `perRequest` marks those whose
 * filtered form is rendered per request (open-ended queries).
 */
const LISTS: { path: RegExp; perRequest: boolean }[] = [
  { path: /^\/van-ban$/, perRequest: true },
  { path: /^\/tim-kiem$/, perRequest: true },
  { path: /^\/hop-tac-xa$/, perRequest: true },
  { path: /^\/tin-tuc$/, perRequest: false },
  { path: /^\/tin-tuc\/chuyen-muc\/[a-z0-9-]{1,120}$/, perRequest: false },
  { path: /^\/y-kien\/tra-cuu$/, perRequest: false },
  { path: /^\/lich-cong-tac$/, perRequest: false },
];

const listOf = (pathname: string) => LISTS.find((l) => l.path.test(pathname));

/**
 * Response header the proxy sets on a per-request list: server.mjs may keep that response in its
 * front cache (emptied on every content change), as it keeps pages served from the page cache.
 */
export const FRONT_CACHE_HEADER = 'x-portal-front-cache';

export function isPerRequestList(pathname: string): boolean {
  return listOf(pathname)?.perRequest ?? false;
}

const MAX_KEYS = 12;
const MAX_VALUE_LENGTH = 200;
/** Parameters that never change what a page shows (campaign and click trackers). */
const IGNORED_KEY = /^(utm_.*|fbclid|gclid|zarsrc|_ga)$/i;

export type ListQuery = Record<string, string>;

/**
 * The canonical form of a query: first value of each key, keys sorted, empty values, trackers and
 * unreasonable keys dropped, values normalized to NFC and cut to a sane length. Two URLs that show
 * the same page map to the same cache entry.
 */
export function canonicalQuery(search: URLSearchParams): ListQuery {
  const out: ListQuery = {};
  const keys = [...new Set(search.keys())]
    .filter((k) => /^[a-z0-9-]{1,30}$/i.test(k) && !IGNORED_KEY.test(k))
    .sort()
    .slice(0, MAX_KEYS);
  for (const key of keys) {
    const value = (search.get(key) ?? '').normalize('NFC').replace(/\u0000/g, '').trim().slice(0, MAX_VALUE_LENGTH);
    if (value) out[key] = value;
  }
  return out;
}

export function encodeQuerySegment(query: ListQuery): string {
  return Buffer.from(new URLSearchParams(query).toString(), 'utf8').toString('base64url');
}

/** The query a segment stands for; a malformed segment is an empty query, never an error. */
export function decodeQuerySegment(segment: string): ListQuery {
  if (!/^[A-Za-z0-9_-]{0,2000}$/.test(segment)) return {};
  try {
    return canonicalQuery(new URLSearchParams(Buffer.from(segment, 'base64url').toString('utf8')));
  } catch {
    return {};
  }
}

/** The canonical query of a request the proxy rewrites to a list's own route, else null. */
function rewrittenQuery(pathname: string, search: URLSearchParams): ListQuery | null {
  if (!listOf(pathname)) return null;
  const query = canonicalQuery(search);
  return Object.keys(query).length > 0 ? query : null;
}

/**
 * Whether a link goes to a list URL the proxy rewrites (a list path with a query). Such a link must
 * load the page in full: the client router would fetch the list's static page, which ignores the
 * query, and only change the address bar. Safe in client components (no Buffer).
 */
export function isRewrittenListHref(href: string): boolean {
  const q = href.indexOf('?');
  if (q < 0 || !href.startsWith('/')) return false;
  return rewrittenQuery(href.slice(0, q), new URLSearchParams(href.slice(q + 1).split('#')[0])) !== null;
}

/** The internal path a public list request is served from, or null to serve it as it is. */
export function listRewritePath(pathname: string, search: URLSearchParams): string | null {
  const query = rewrittenQuery(pathname, search);
  return query ? `${pathname}/${FILTER_SEGMENT}/${encodeQuerySegment(query)}` : null;
}
