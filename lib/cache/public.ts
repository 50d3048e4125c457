import 'server-only';

import { unstable_cache } from 'next/cache';

/**
 * Public pages are cached whole (HTML and RSC payload) by Next's incremental cache and expired by
 * the tags of the content they show (lib/cache/tags.ts); see docs/decisions/0004.
 *
 * `next build` runs without a database, and it prerenders every page that has no dynamic
 * parameters. During the build a public page therefore renders nothing; the runtime cache handler
 * (lib/cache/memory-cache-handler.mjs) never serves build output, so the first request renders the
 * page from the database and the cache keeps it until one of its tags is expired.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}

/**
 * Declares the cache tags of the page being rendered. Returns false during the build, when the
 * page must return without touching the database:
 *
 *   if (!(await cachedUnder(cacheTags.articles))) return null;
 */
export async function cachedUnder(...tags: string[]): Promise<boolean> {
  if (isBuildPhase()) return false;
  // A cached no-op carrying the tags: Next adds a cached function's tags to the page entry, which
  // is how a page without fetch() gets tags that updateTag()/revalidateTag() can expire.
  await unstable_cache(async () => true, ['page-tags', ...tags], { tags })();
  return true;
}
