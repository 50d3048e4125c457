/**
 * The public origin of the portal, for canonical URLs, OpenGraph, the sitemap and robots.txt:
 * SITE_URL (e.g. https://lienminhhtx.angiang.gov.vn), else NEXTAUTH_URL (the same origin, already
 * set wherever sign-in works), else the local default. Read at render time, never at build time,
 * so one build serves any domain. A malformed value falls back instead of breaking every page.
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export function siteUrl(): URL {
  for (const candidate of [process.env.SITE_URL, process.env.NEXTAUTH_URL]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return new URL(url.origin);
    } catch {
      // fall through to the next candidate
    }
  }
  return new URL(DEFAULT_SITE_URL);
}

/** An absolute URL on the portal for a path ("/gioi-thieu"). */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).toString();
}
