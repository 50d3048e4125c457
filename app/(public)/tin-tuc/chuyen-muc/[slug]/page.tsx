import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';

import { ArticleList } from '@/components/site/article-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { getArticlesPage, getCategoryBySlug } from '@/lib/articles/queries';
import { parsePage } from '@/lib/pagination';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadCategory = cache(async (slug: string) => getCategoryBySlug(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await loadCategory((await params).slug);
  return category ? { title: category.name } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  await connection();
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const category = await loadCategory(slug);
  if (!category) notFound();
  const page = parsePage(query.trang);
  const result = await getArticlesPage(page, category.id);

  return (
    <>
      <Breadcrumbs
        items={[{ href: '/', label: 'Trang chủ' }, { href: '/tin-tuc', label: 'Tin tức' }, { label: category.name }]}
      />
      <PageTitle description={category.description ?? undefined}>{category.name}</PageTitle>
      <div className="max-w-4xl">
        {result.items.length > 0 ? (
          <div className="rounded-lg border border-slate-200 bg-white p-5">
            <ArticleList articles={result.items} />
          </div>
        ) : (
          <EmptyState title="Chuyên mục này chưa có tin bài." />
        )}
        <Pagination page={result.page} pageCount={result.pageCount} pathname={`/tin-tuc/chuyen-muc/${category.slug}`} />
      </div>
    </>
  );
}
