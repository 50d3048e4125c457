import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { getArticlesForEditors } from '@/lib/articles/queries';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { articleStatusLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { parsePage } from '@/lib/pagination';

export const metadata = { title: 'Tin bài' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const tone: Record<ArticleStatus, 'brand' | 'warning' | 'neutral' | 'muted'> = {
  PUBLISHED: 'brand',
  IN_REVIEW: 'warning',
  DRAFT: 'neutral',
  ARCHIVED: 'muted',
};

export default async function ArticlesAdminPage({ searchParams }: Props) {
  await requirePermission('article.write');
  const page = parsePage((await searchParams).trang);
  const result = await getArticlesForEditors(page);

  return (
    <>
      <PageTitle description="Tất cả tin bài, mới sửa gần đây trước.">Tin bài</PageTitle>
      <p className="mb-3 text-slate-600">{formatNumber(result.total)} tin bài.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách tin bài">
          <thead>
            <tr>
              <Th>Tiêu đề</Th>
              <Th>Chuyên mục</Th>
              <Th>Trạng thái</Th>
              <Th>Ngày đăng</Th>
              <Th>Sửa lần cuối</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((a) => (
              <tr key={a.id}>
                <Td>
                  {a.status === 'PUBLISHED' ? (
                    <Link href={`/tin-tuc/${a.slug}`} className="font-medium text-brand-800 hover:underline">
                      {a.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{a.title}</span>
                  )}
                  {a.author ? <span className="block text-sm text-slate-600">{a.author.name}</span> : null}
                </Td>
                <Td>{a.category.name}</Td>
                <Td>
                  <Badge tone={tone[a.status]}>{articleStatusLabels[a.status]}</Badge>
                </Td>
                <Td className="whitespace-nowrap">{a.publishedAt ? formatDate(a.publishedAt) : '—'}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(a.updatedAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có tin bài nào." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/tin-bai" />
    </>
  );
}
