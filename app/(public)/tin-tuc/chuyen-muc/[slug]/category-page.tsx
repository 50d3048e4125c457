import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';

import { getCategoryBySlug, getCategorySlugRedirect, isArticleSlug } from '@/lib/articles/queries';
import { cachedUnder, isBuildPhase } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { pageMetadata } from '@/lib/seo/metadata';

import { NewsListView } from '../../news-list-view';

export const loadCategory = cache(async (slug: string) => getCategoryBySlug(slug));

export async function categoryMetadata(slug: string, page: number): Promise<Metadata> {
  if (isBuildPhase() || !isArticleSlug(slug)) return {};
  const category = await loadCategory(slug);
  if (!category) return {};
  const path = `/tin-tuc/chuyen-muc/${category.slug}`;
  return pageMetadata({
    title: page > 1 ? `${category.name} – trang ${page}` : category.name,
    description: category.description,
    path: page > 1 ? `${path}?trang=${page}` : path,
  });
}

/** A category page (page 1 or ?trang=N); a renamed category's old slug redirects to the new one. */
export async function CategoryPage({ slug, page }: { slug: string; page: number }) {
  if (!isArticleSlug(slug)) notFound();
  if (!(await cachedUnder(cacheTags.articles))) return null;
  const category = await loadCategory(slug);
  if (!category) {
    const current = await getCategorySlugRedirect(slug);
    if (current) permanentRedirect(`/tin-tuc/chuyen-muc/${current}${page > 1 ? `?trang=${page}` : ''}`);
    notFound();
  }
  return <NewsListView page={page} category={category} />;
}
