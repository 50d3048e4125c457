import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { buildDocumentsRss, publicOrigin } from '@/lib/documents/feed';
import { getDocumentsForFeed } from '@/lib/documents/queries';
import { site } from '@/lib/site';

// Cached like the pages (docs/decisions/0004): rendered on the first request, expired with the
// `documents` tag when a document is published or changed.
export const revalidate = 3600;

export async function GET() {
  // During `next build` there is no database: an empty placeholder, never served at run time
  // (a 2xx status keeps the route static: Next treats a build-time error status as "dynamic").
  if (!(await cachedUnder(cacheTags.documents))) return new Response(null, { status: 204 });
  const items = await getDocumentsForFeed(30);
  return new Response(buildDocumentsRss(items, { origin: publicOrigin(), siteName: site.name }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
}
