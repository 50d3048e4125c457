import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { feedbackStatusLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { parsePage } from '@/lib/pagination';
import { getFeedbackPage } from '@/lib/workspace/queries';

export const metadata = { title: 'Ý kiến' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FeedbackAdminPage({ searchParams }: Props) {
  await requirePermission('feedback.manage');
  const page = parsePage((await searchParams).trang);
  const result = await getFeedbackPage(page);

  return (
    <>
      <PageTitle description="Ý kiến, câu hỏi bạn đọc gửi qua cổng thông tin, mới nhất trước.">Ý kiến</PageTitle>
      <p className="mb-3 text-slate-600">{formatNumber(result.total)} ý kiến.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách ý kiến">
          <thead>
            <tr>
              <Th>Tiêu đề</Th>
              <Th>Người gửi</Th>
              <Th>Ngày gửi</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((f) => (
              <tr key={f.id}>
                <Td className="font-medium">{f.subject}</Td>
                <Td>
                  {f.name}
                  {f.email || f.phone ? (
                    <span className="block text-sm text-slate-600">{[f.email, f.phone].filter(Boolean).join(' · ')}</span>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(f.createdAt)}</Td>
                <Td>
                  <Badge tone={f.status === 'NEW' ? 'warning' : f.status === 'ANSWERED' ? 'brand' : 'neutral'}>
                    {feedbackStatusLabels[f.status]}
                  </Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có ý kiến nào." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/y-kien" />
    </>
  );
}
