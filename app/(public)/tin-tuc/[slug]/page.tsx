import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';

import { ArticleView } from '@/components/site/article-view';
import { getArticleBySlug, getArticleSlugRedirect, getNeighbourArticles, isArticleSlug } from '@/lib/articles/queries';
import { cachedUnder, isBuildPhase } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { getPublishedComments } from '@/lib/comments/queries';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

const loadArticle = cache(async (slug: string) => getArticleBySlug(slug));

// Rendered on first request, then served from the page cache until its tags expire.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (isBuildPhase() || !isArticleSlug(slug)) return {};
  const article = await loadArticle(slug);
  if (!article) return {};
  return pageMetadata({ title: article.title, description: article.summary, path: `/tin-tuc/${article.slug}`, type: 'article' });
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  // Junk slugs (NUL bytes, capitals, punctuation) cannot name an article: 404 before any query.
  if (!isArticleSlug(slug)) notFound();
  if (!(await cachedUnder(cacheTags.articles, cacheTags.article(slug)))) return null;
  const article = await loadArticle(slug);
  if (!article) {
    const current = await getArticleSlugRedirect(slug);
    if (current) permanentRedirect(`/tin-tuc/${current}`);
    notFound();
  }
  // Published comments are part of the cached page: moderation expires the article's tag.
  const [{ related, earlier }, comments] = await Promise.all([getNeighbourArticles(article), article.commentsEnabled ? getPublishedComments(article.id) : null]);
  return <ArticleView article={article} related={related} earlier={earlier} comments={comments} />;
}
