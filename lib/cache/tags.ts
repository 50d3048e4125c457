import 'server-only';

import { revalidateTag, updateTag } from 'next/cache';

/**
 * Cache tags of the public site. Cached reads tag themselves with these; every mutation that
 * changes what a public page shows expires exactly the tags of that content, so the public pages
 * stay cached and a change is visible on the next request. One module so that readers and writers
 * cannot drift apart on a tag's spelling.
 */
export const cacheTags = {
  /** Lists of articles: home, news list, categories, feeds, sitemap. */
  articles: 'articles',
  /** One article's page, with its published readers' comments. */
  article: (slug: string) => `article:${slug}`,
  /** Lists of legal documents: home box, library, feed, sitemap. */
  documents: 'documents',
  document: (slug: string) => `document:${slug}`,
  /** The public directory list and its filter options. */
  organizations: 'organizations',
  organization: (slug: string) => `organization:${slug}`,
  /** Public statistics: headline figures on the home page, /so-lieu; also set on every statistics cache entry. */
  stats: 'stats',
  /** Cached results of the statistics engine (lib/stats/cached.ts), by the data they are computed from. */
  statsSource: (source: StatsSource) => `stats:${source}`,
  /** Static pages (Giới thiệu, Liên hệ, …). */
  pages: 'pages',
  page: (slug: string) => `page:${slug}`,
  /** The top menu and the footer's links, shown on every public page (lib/site-links). */
  siteLinks: 'site-links',
  /** Administrative units (names shown in filters and profiles). */
  units: 'units',
  /**
   * The day in Vietnam ("2026-11-23") a page was rendered for, when what it shows depends on the
   * date (a document's validity changes at midnight). The cache handler drops entries whose day
   * tag is not today's, so they are never served past midnight (memory-cache-handler.mjs).
   */
  day: (isoDate: string) => `day:${isoDate}`,
  /** The leaders' weekly work schedule (/lich-cong-tac, every week). */
  schedule: 'schedule',
  /** Photo albums and video clips (/thu-vien and its album and video pages). */
  gallery: 'gallery',
  /** Drafts open for public comment: the list /lay-y-kien and each draft's page. */
  consultations: 'consultations',
  consultation: (slug: string) => `consultation:${slug}`,
  /** The FAQ page (/hoi-dap). */
  faq: 'faq',
  /** Published feedback replies on the tracking page. */
  feedback: (code: string) => `feedback:${code}`,
} as const;

/** The data behind the statistics; a change to one expires the statistics computed from it. */
export type StatsSource = 'register' | 'reports' | 'ratings' | 'plans' | 'support';
export const STATS_SOURCES: readonly StatsSource[] = ['register', 'reports', 'ratings', 'plans', 'support'];

/**
 * Call from every server action that changes what statistics count: organizations and their
 * status history or unit ('register'), periodic reports (submit, approve, return, unlock:
 * 'reports'), rating assessments ('ratings'), plan targets ('plans'), support activities and loans
 * ('support'). Expires the cached statistics of those sources and the public pages that show
 * statistics (/so-lieu, home). Without arguments: everything statistical.
 */
export function expireStatsTags(...sources: StatsSource[]): void {
  const list = sources.length > 0 ? sources : STATS_SOURCES;
  expirePublicTags(cacheTags.stats, ...list.map(cacheTags.statsSource));
}

/**
 * Expires public cache tags from a server action (read-your-own-writes: the next request renders
 * fresh). Call it after the transaction commits, with every tag the change affects.
 */
export function expirePublicTags(...tags: string[]): void {
  for (const tag of new Set(tags)) updateTag(tag);
}

/**
 * Expires public cache tags outside a request (the article scheduler's loop). updateTag and
 * revalidateTag need Next's request context; the page cache handler instead registers its own
 * expiry on globalThis when Next loads it (memory-cache-handler.mjs), which also empties the front
 * cache of server.mjs. Without that hook no page is cached in this process (tests, scripts), so
 * revalidateTag is only there for the test runtime, which records the tags.
 */
export async function expirePublicTagsInBackground(...tags: string[]): Promise<void> {
  const unique = [...new Set(tags)];
  const hook = (globalThis as { __portalExpireTags?: (tags: string[]) => Promise<void> }).__portalExpireTags;
  if (hook) return hook(unique);
  for (const tag of unique) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // Outside a request and with no page cache loaded: nothing is cached that could be stale.
    }
  }
}
