import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';

import { DocumentList } from '@/components/site/document-list';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { getDocumentsPage, parseScopeParam, scopeParams, type ScopeParam } from '@/lib/documents/queries';
import { documentScopeLabels } from '@/lib/format/labels';
import { firstParam, parsePage } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Hệ thống văn bản' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const tabs: { param?: ScopeParam; label: string }[] = [
  { label: 'Tất cả' },
  ...(Object.keys(scopeParams) as ScopeParam[]).map((param) => ({ param, label: documentScopeLabels[scopeParams[param]] })),
];

export default async function DocumentsPage({ searchParams }: Props) {
  await connection();
  const query = await searchParams;
  const scopeParam = parseScopeParam(firstParam(query['pham-vi']));
  const page = parsePage(query.trang);
  const result = await getDocumentsPage(page, scopeParam ? scopeParams[scopeParam] : undefined);
  const heading = scopeParam ? documentScopeLabels[scopeParams[scopeParam]] : 'Hệ thống văn bản';

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          ...(scopeParam ? [{ href: '/van-ban', label: 'Văn bản' }, { label: heading }] : [{ label: 'Văn bản' }]),
        ]}
      />
      <PageTitle description="Văn bản pháp luật, chỉ đạo của Trung ương, của tỉnh và của Liên minh về kinh tế tập thể, hợp tác xã.">
        {heading}
      </PageTitle>

      <nav aria-label="Lọc theo phạm vi văn bản" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => {
            const current = tab.param === scopeParam;
            return (
              <li key={tab.label}>
                <Link
                  href={tab.param ? `/van-ban?pham-vi=${tab.param}` : '/van-ban'}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'inline-block rounded-md border px-4 py-2 font-medium',
                    current
                      ? 'border-brand-700 bg-brand-700 text-white'
                      : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
                  )}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <p className="mb-3 text-slate-600">Có {result.total.toLocaleString('vi-VN')} văn bản.</p>
      {result.items.length > 0 ? (
        <DocumentList documents={result.items} />
      ) : (
        <EmptyState title="Không có văn bản nào." />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        pathname="/van-ban"
        params={{ 'pham-vi': scopeParam }}
      />
    </>
  );
}
