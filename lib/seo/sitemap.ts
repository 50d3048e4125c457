import 'server-only';

import type { MetadataRoute } from 'next';

import { prisma } from '@/lib/db';
import { getPagesForSitemap } from '@/lib/pages/queries';
import { absoluteUrl } from '@/lib/seo/site-url';

/** The main lists of the portal, always in the sitemap. */
const LISTS: { path: string; changeFrequency: 'daily' | 'weekly' | 'monthly'; priority: number }[] = [
  { path: '/', changeFrequency: 'daily', priority: 1 },
  { path: '/tin-tuc', changeFrequency: 'daily', priority: 0.9 },
  { path: '/van-ban', changeFrequency: 'weekly', priority: 0.9 },
  { path: '/hop-tac-xa', changeFrequency: 'weekly', priority: 0.8 },
  { path: '/so-lieu', changeFrequency: 'monthly', priority: 0.7 },
  { path: '/y-kien', changeFrequency: 'monthly', priority: 0.5 },
  { path: '/en', changeFrequency: 'monthly', priority: 0.5 },
];

export function staticSitemapEntries(): MetadataRoute.Sitemap {
  return LISTS.map((l) => ({ url: absoluteUrl(l.path), changeFrequency: l.changeFrequency, priority: l.priority }));
}

/**
 * Every public page a crawler should know: the lists, static pages (both languages), published
 * articles and their categories, published legal documents and the profiles of organizations not
 * deleted. A few thousand URLs, well under the 50,000 a sitemap file may hold.
 */
export async function getSitemapEntries(): Promise<MetadataRoute.Sitemap> {
  const [pages, categories, articles, documents, organizations] = await Promise.all([
    getPagesForSitemap(),
    prisma.category.findMany({ select: { slug: true }, orderBy: { ordinal: 'asc' } }),
    prisma.article.findMany({
      where: { status: 'PUBLISHED', publishedAt: { lte: new Date() } },
      select: { slug: true, updatedAt: true },
      orderBy: { publishedAt: 'desc' },
    }),
    prisma.legalDocument.findMany({ where: { published: true }, select: { slug: true, updatedAt: true }, orderBy: { issuedOn: 'desc' } }),
    prisma.organization.findMany({ where: { deletedAt: null }, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
  ]);
  return [
    ...staticSitemapEntries(),
    ...pages.map((p) => ({ url: absoluteUrl(p.path), lastModified: p.updatedAt, changeFrequency: 'monthly' as const, priority: 0.6 })),
    ...categories.map((c) => ({ url: absoluteUrl(`/tin-tuc/chuyen-muc/${c.slug}`), changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...articles.map((a) => ({ url: absoluteUrl(`/tin-tuc/${a.slug}`), lastModified: a.updatedAt, priority: 0.7 })),
    ...documents.map((d) => ({ url: absoluteUrl(`/van-ban/${d.slug}`), lastModified: d.updatedAt, priority: 0.6 })),
    ...organizations.map((o) => ({ url: absoluteUrl(`/hop-tac-xa/${o.slug}`), lastModified: o.updatedAt, priority: 0.4 })),
  ];
}
