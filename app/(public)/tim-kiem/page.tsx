import type { Metadata } from 'next';
import { connection } from 'next/server';

import { ArticleList } from '@/components/site/article-list';
import { DocumentList } from '@/components/site/document-list';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { searchArticles } from '@/lib/articles/queries';
import { searchDocuments } from '@/lib/documents/queries';
import { firstParam } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Tìm kiếm' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const q = (firstParam((await searchParams).q) ?? '').trim().slice(0, 200);
  const [articles, documents] = q.length >= 2 ? await Promise.all([searchArticles(q), searchDocuments(q)]) : [[], []];

  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Tìm kiếm' }]} />
      <PageTitle>Tìm kiếm</PageTitle>
      <form action="/tim-kiem" method="get" role="search" className="flex max-w-2xl flex-wrap gap-3">
        <label htmlFor="q" className="sr-only">
          Từ khóa
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Nhập từ khóa, ví dụ: hợp tác xã"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-4 py-2.5"
        />
        <button type="submit" className={buttonClasses('primary')}>
          Tìm kiếm
        </button>
      </form>
      <div className="mt-4 max-w-2xl">
        <Notice title="Đang xây dựng">
          Tìm kiếm đầy đủ (kể cả gõ không dấu, tìm hợp tác xã) đang được xây dựng. Hiện tại chỉ tìm trong tiêu đề,
          tóm tắt tin bài và số hiệu, trích yếu văn bản; cần gõ đúng dấu tiếng Việt.
        </Notice>
      </div>

      {q.length >= 2 ? (
        <div className="mt-8 space-y-8" aria-live="polite">
          <section aria-labelledby="kq-tin-bai">
            <h2 id="kq-tin-bai" className="mb-3 text-xl font-bold">
              Tin bài ({articles.length})
            </h2>
            {articles.length > 0 ? (
              <div className="rounded-lg border border-slate-200 bg-white p-5">
                <ArticleList articles={articles} headingLevel={3} />
              </div>
            ) : (
              <EmptyState title={`Không tìm thấy tin bài nào với từ khóa “${q}”.`} />
            )}
          </section>
          <section aria-labelledby="kq-van-ban">
            <h2 id="kq-van-ban" className="mb-3 text-xl font-bold">
              Văn bản ({documents.length})
            </h2>
            {documents.length > 0 ? (
              <DocumentList documents={documents} />
            ) : (
              <EmptyState title={`Không tìm thấy văn bản nào với từ khóa “${q}”.`} />
            )}
          </section>
        </div>
      ) : q.length === 1 ? (
        <p className="mt-6 text-slate-700">Vui lòng nhập ít nhất 2 ký tự.</p>
      ) : null}
    </>
  );
}
