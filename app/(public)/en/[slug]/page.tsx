import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';

import { EnglishPage } from '@/components/site/static-page';
import { cachedUnder, isBuildPhase } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getPage, getPagesIn, isPageSlug } from '@/lib/pages/queries';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

const loadPage = cache(async (slug: string) => getPage(slug, 'en'));

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (isBuildPhase() || !isPageSlug(slug)) return {};
  const { page, translation } = await loadPage(slug);
  if (!page) return {};
  const path = `/en/${page.slug}`;
  return pageMetadata({
    title: page.title,
    description: page.summary,
    path,
    locale: 'en',
    languages: translation ? { vi: translation.path, en: path } : undefined,
  });
}

export default async function EnglishPageRoute({ params }: Props) {
  const { slug } = await params;
  if (!isPageSlug(slug)) notFound();
  if (!(await cachedUnder(cacheTags.pages, cacheTags.page(slug)))) return null;
  const [{ page, translation, redirectTo }, siblings] = await Promise.all([loadPage(slug), getPagesIn('en')]);
  if (redirectTo) permanentRedirect(redirectTo);
  if (!page) notFound();
  return <EnglishPage page={page} translation={translation} siblings={siblings} />;
}
