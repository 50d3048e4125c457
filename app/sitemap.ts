import type { MetadataRoute } from 'next';

import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getSitemapEntries, staticSitemapEntries } from '@/lib/seo/sitemap';

/**
 * /sitemap.xml, cached like a public page and expired with the content it lists. During the build
 * (no database) it is the lists alone; that output is never served (lib/cache/public.ts).
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  if (!(await cachedUnder(cacheTags.pages, cacheTags.articles, cacheTags.documents, cacheTags.organizations))) {
    return staticSitemapEntries();
  }
  return getSitemapEntries();
}
