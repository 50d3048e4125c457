import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';

import { ArticleList } from '@/components/site/article-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { getArticlesPage, getCategories } from '@/lib/articles/queries';
import { parsePage } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Tin tức' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsPage({ searchParams }: Props) {
  await connection();
  const page = parsePage((await searchParams).trang);
  const [result, categories] = await Promise.all([getArticlesPage(page), getCategories()]);

  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Tin tức' }]} />
      <PageTitle>Tin tức</PageTitle>
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <div>
          {result.items.length > 0 ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5">
              <ArticleList articles={result.items} />
            </div>
          ) : (
            <EmptyState title={page > 1 ? 'Không có tin bài ở trang này.' : 'Chưa có tin bài nào được đăng.'}>
              {page > 1 ? (
                <Link href="/tin-tuc" className="text-brand-800 underline">
                  Về trang đầu
                </Link>
              ) : null}
            </EmptyState>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} pathname="/tin-tuc" />
        </div>
        {categories.length > 0 ? (
          <nav aria-labelledby="chuyen-muc" className="self-start rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="chuyen-muc" className="text-lg font-bold text-brand-800 uppercase">
              Chuyên mục
            </h2>
            <ul className="mt-3 space-y-2">
              {categories.map((c) => (
                <li key={c.id}>
                  <Link href={`/tin-tuc/chuyen-muc/${c.slug}`} className="text-slate-800 hover:text-brand-800 hover:underline">
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </>
  );
}
