import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { ArticleMeta } from '@/components/site/article-list';
import { Breadcrumbs } from '@/components/ui/page-title';
import { getArticleBySlug } from '@/lib/articles/queries';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';

type Props = { params: Promise<{ slug: string }> };

const loadArticle = cache(async (slug: string) => getArticleBySlug(slug));

// Rendered on first request, then served from the page cache until its tags expire.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  return article ? { title: article.title, description: article.summary } : {};
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  if (!(await cachedUnder(cacheTags.articles, cacheTags.article(slug)))) return null;
  const article = await loadArticle(slug);
  if (!article) notFound();

  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/tin-tuc', label: 'Tin tức' },
          { href: `/tin-tuc/chuyen-muc/${article.category.slug}`, label: article.category.name },
          { label: article.title },
        ]}
      />
      <h1 className="text-3xl font-bold text-slate-900">{article.title}</h1>
      <div className="mt-3">
        <ArticleMeta article={article} />
      </div>
      <p className="mt-6 text-lg font-semibold text-slate-800">{article.summary}</p>
      {/*
        TODO(editor): the body is trusted seed HTML today. When the article editor lands, sanitize
        on write and on read with sanitize-html (allow-list of tags and attributes).
      */}
      <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: article.body }} />
      {article.author ? <p className="mt-8 text-right font-semibold text-slate-800">{article.author.name}</p> : null}
    </article>
  );
}
