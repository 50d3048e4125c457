import type { MetadataRoute } from 'next';

import { absoluteUrl } from '@/lib/seo/site-url';

/**
 * Crawlers read the public site; the workspace, the API, the sign-in page and the internal
 * filtered-list routes (served for ?query URLs, lib/cache/query-routes.ts) stay out, as do the
 * feedback tracking pages, which belong to their senders.
 */
// Rendered per request (it is tiny and rarely asked for) so that the sitemap URL follows SITE_URL
// at run time rather than whatever the build saw.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/quan-tri', '/api/', '/dang-nhap', '/*/bo-loc/', '/y-kien/tra-cuu?'],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
