import Link from 'next/link';
import { notFound } from 'next/navigation';

import { ArticleList } from '@/components/site/article-list';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { getArticlesPage, getCategories } from '@/lib/articles/queries';

/**
 * The news list and the category pages, shared by the plain routes (page 1) and their cached
 * `bo-loc` twins that serve `?trang=N` (docs/decisions/0004). A page number past the end is a 404,
 * so crawlers do not index empty pages; junk page numbers were already read as page 1.
 */
export async function NewsListView({ page, category }: { page: number; category?: { id: number; slug: string; name: string; description: string | null } }) {
  const [result, categories] = await Promise.all([getArticlesPage(page, category?.id), getCategories()]);
  if (page > result.pageCount) notFound();
  const path = category ? `/tin-tuc/chuyen-muc/${category.slug}` : '/tin-tuc';
  const title = category ? category.name : 'Tin tức';

  return (
    <>
      <Breadcrumbs
        items={category ? [{ href: '/', label: 'Trang chủ' }, { href: '/tin-tuc', label: 'Tin tức' }, { label: category.name }] : [{ href: '/', label: 'Trang chủ' }, { label: 'Tin tức' }]}
      />
      <PageTitle description={category?.description ?? undefined}>
        {title}
        {page > 1 ? <span className="ml-2 text-xl font-normal text-slate-600">– trang {page}</span> : null}
      </PageTitle>
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <div className="min-w-0">
          {result.items.length > 0 ? (
            <div className="rounded-lg border border-slate-200 bg-white p-5">
              <ArticleList articles={result.items} showCovers showCategory={!category} />
            </div>
          ) : (
            <EmptyState title={category ? 'Chuyên mục này chưa có tin bài.' : 'Chưa có tin bài nào được đăng.'} />
          )}
          <Pagination page={result.page} pageCount={result.pageCount} pathname={path} />
        </div>
        <aside className="space-y-6 self-start">
          {categories.length > 0 ? (
            <nav aria-labelledby="chuyen-muc" className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 id="chuyen-muc" className="text-lg font-bold text-brand-800 uppercase">
                Chuyên mục
              </h2>
              <ul className="mt-3 space-y-2">
                {categories.map((c) => (
                  <li key={c.id}>
                    <Link
                      href={`/tin-tuc/chuyen-muc/${c.slug}`}
                      aria-current={c.slug === category?.slug ? 'page' : undefined}
                      className={c.slug === category?.slug ? 'font-semibold text-brand-800' : 'text-slate-800 hover:text-brand-800 hover:underline'}
                    >
                      {c.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-800">
            Theo dõi tin mới qua{' '}
            <a href="/rss.xml" className="font-medium text-brand-800 underline">
              RSS
            </a>
            .
          </p>
        </aside>
      </div>
    </>
  );
}
