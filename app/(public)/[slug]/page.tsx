import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';

import { StaticPage } from '@/components/site/static-page';
import { cachedUnder, isBuildPhase } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getPage, isPageSlug } from '@/lib/pages/queries';
import { getPublicSiteLinks, sectionOf } from '@/lib/site-links/queries';
import { pageMetadata } from '@/lib/seo/metadata';

// Static routes (/tin-tuc, /van-ban, /dang-nhap, /quan-tri …) take precedence over this dynamic
// segment, so it only ever sees slugs that no other route claims; unknown ones are a 404.
type Props = { params: Promise<{ slug: string }> };

const loadPage = cache(async (slug: string) => getPage(slug, 'vi'));

// Rendered on first request, then served from the page cache until its tags expire.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (isBuildPhase() || !isPageSlug(slug)) return {};
  const { page, translation } = await loadPage(slug);
  if (!page) return {};
  const path = `/${page.slug}`;
  return pageMetadata({
    title: page.title,
    description: page.summary,
    path,
    languages: translation ? { vi: path, en: translation.path } : undefined,
  });
}

export default async function StaticPageRoute({ params }: Props) {
  const { slug } = await params;
  // Malformed slugs cannot name a page: answer 404 without a query or a cache tag of their own.
  if (!isPageSlug(slug)) notFound();
  if (!(await cachedUnder(cacheTags.pages, cacheTags.page(slug)))) return null;
  const [{ page, translation, redirectTo }, links] = await Promise.all([loadPage(slug), getPublicSiteLinks()]);
  if (redirectTo) permanentRedirect(redirectTo);
  if (!page) notFound();
  return <StaticPage page={page} translation={translation} section={sectionOf(links.menu, `/${page.slug}`)} />;
}
