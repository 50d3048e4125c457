import type { Metadata } from 'next';

import { site } from '@/lib/site';

/**
 * Metadata of one public page: title (the root layout's template adds " | Liên minh HTX tỉnh An
 * Giang"), description, canonical URL and OpenGraph. Paths are relative; the root layout's
 * metadataBase (lib/seo/site-url.ts) makes them absolute. Next replaces a parent's `openGraph`
 * as a whole, so every page's carries the site name and locale again.
 */
export function pageMetadata({
  title,
  description,
  path,
  locale = 'vi',
  languages,
  type = 'website',
  noIndex = false,
}: {
  title: string;
  description?: string | null;
  path: string;
  locale?: 'vi' | 'en';
  /** Translations of this page, e.g. { vi: '/gioi-thieu', en: '/en/about' }. */
  languages?: Partial<Record<'vi' | 'en', string>>;
  type?: 'website' | 'article';
  noIndex?: boolean;
}): Metadata {
  const desc = description ?? (locale === 'en' ? undefined : site.description);
  return {
    title,
    description: desc,
    alternates: { canonical: path, languages },
    openGraph: {
      title,
      description: desc,
      url: path,
      siteName: locale === 'en' ? site.nameEn : site.name,
      locale: locale === 'en' ? 'en_US' : 'vi_VN',
      type,
    },
    robots: noIndex ? { index: false, follow: true } : undefined,
  };
}
