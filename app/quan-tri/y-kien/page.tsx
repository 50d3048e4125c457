import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { CheckboxField, InputField } from '@/components/workspace/form-fields';
import { requirePermission } from '@/lib/auth/session';
import { getFeedbackStatusCounts, getInboxPage, parseInboxFilters } from '@/lib/feedback/inbox-queries';
import { slugOfFeedbackStatus } from '@/lib/feedback/inbox-schema';
import { formatDateTime } from '@/lib/format/date';
import { feedbackStatusLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';

import { feedbackStatusTone } from './status-tone';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

export const metadata = { title: 'Ý kiến' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES: FeedbackStatus[] = ['NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED', 'SPAM'];

export default async function FeedbackInboxPage({ searchParams }: Props) {
  const user = await requirePermission('feedback.manage');
  const filters = parseInboxFilters(await searchParams);
  const [result, counts] = await Promise.all([getInboxPage(filters, user.id), getFeedbackStatusCounts()]);
  const params = {
    'trang-thai': filters.status ? slugOfFeedbackStatus[filters.status] : undefined,
    q: filters.q,
    'phu-trach': filters.mine ? 'toi' : undefined,
  };
  const hrefWith = (changes: Partial<typeof params>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, ...changes })) if (v) search.set(k, v);
    const query = search.toString();
    return query ? `/quan-tri/y-kien?${query}` : '/quan-tri/y-kien';
  };
  const tabHref = (status?: FeedbackStatus) => hrefWith({ 'trang-thai': status ? slugOfFeedbackStatus[status] : undefined });
  const notSpam = STATUSES.filter((s) => s !== 'SPAM').reduce((n, s) => n + counts[s], 0);

  return (
    <>
      <PageTitle description="Ý kiến, câu hỏi bạn đọc gửi qua cổng thông tin: phân công, trả lời (có thể công khai trên trang tra cứu), đóng.">
        Ý kiến bạn đọc
      </PageTitle>

      <nav aria-label="Lọc theo trạng thái" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...STATUSES].map((status) => {
            const current = filters.status === status;
            return (
              <li key={status ?? 'all'}>
                <Link
                  href={tabHref(status)}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'inline-flex items-center gap-2 rounded-md border px-3 py-2',
                    current ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
                  )}
                >
                  {status ? feedbackStatusLabels[status] : 'Tất cả (trừ thư rác)'}
                  <span className="tabular-nums">({formatNumber(status ? counts[status] : notSpam)})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <form method="get" role="search" aria-label="Tìm ý kiến" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        {params['trang-thai'] ? <input type="hidden" name="trang-thai" value={params['trang-thai']} /> : null}
        <InputField className="min-w-64 flex-1" label="Tìm theo tiêu đề, người gửi, nội dung hoặc mã" name="q" type="search" defaultValue={filters.q ?? ''} />
        <CheckboxField className="pb-3" label="Chỉ ý kiến giao cho tôi" name="phu-trach" value="toi" defaultChecked={filters.mine} />
        <button type="submit" className={buttonClasses('primary')}>
          Tìm
        </button>
        {filters.q || filters.mine ? (
          <Link href={hrefWith({ q: undefined, 'phu-trach': undefined })} className={buttonClasses('secondary')}>
            Xóa tìm kiếm
          </Link>
        ) : null}
      </form>

      <p className="mb-3 text-slate-600">{formatNumber(result.total)} ý kiến.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách ý kiến">
          <thead>
            <tr>
              <Th>Tiêu đề</Th>
              <Th>Người gửi</Th>
              <Th>Ngày gửi</Th>
              <Th>Người xử lý</Th>
              <Th>Trạng thái</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((f) => (
              <tr key={f.id}>
                <Td>
                  <Link href={`/quan-tri/y-kien/${f.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    {f.subject}
                  </Link>
                  <span className="block font-mono text-sm text-slate-600">{f.code}</span>
                </Td>
                <Td>
                  {f.name}
                  {f.email || f.phone ? <span className="block text-sm text-slate-600">{[f.email, f.phone].filter(Boolean).join(' · ')}</span> : null}
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(f.createdAt)}</Td>
                <Td>{f.assignedTo?.name ?? <span className="text-slate-600">Chưa phân công</span>}</Td>
                <Td>
                  <Badge tone={feedbackStatusTone[f.status]}>{feedbackStatusLabels[f.status]}</Badge>
                  {f.replyPublished ? <span className="mt-1 block text-sm text-slate-600">Đã công khai trả lời</span> : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Không có ý kiến nào." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/y-kien" params={params} />
    </>
  );
}
