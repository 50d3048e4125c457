import Link from 'next/link';

import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { markAllNotificationsRead, markNotificationRead, openNotification } from '@/lib/notifications/actions';
import { countUnreadNotifications, getNotifications } from '@/lib/notifications/queries';
import { firstParam, parsePage } from '@/lib/pagination';

export const metadata = { title: 'Thông báo' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotificationsPage({ searchParams }: Props) {
  const me = await requirePermission('workspace.view');
  const sp = await searchParams;
  const unreadOnly = firstParam(sp.loc) === 'chua-doc';
  const page = parsePage(sp.trang);
  const [result, unread] = await Promise.all([getNotifications(me.id, page, unreadOnly), countUnreadNotifications(me.id)]);

  return (
    <>
      <PageTitle description="Những việc cần bạn xem: tin bài gửi duyệt, được xuất bản, trả lại…">Thông báo</PageTitle>
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <p role="status">{formatNumber(unread)} thông báo chưa đọc.</p>
        <Link href={unreadOnly ? '/quan-tri/thong-bao' : '/quan-tri/thong-bao?loc=chua-doc'} className="text-brand-800 underline">
          {unreadOnly ? 'Xem tất cả' : 'Chỉ xem chưa đọc'}
        </Link>
        {unread > 0 ? (
          <form action={markAllNotificationsRead}>
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
              Đánh dấu tất cả là đã đọc
            </button>
          </form>
        ) : null}
      </div>
      {result.items.length ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {result.items.map((n) => (
            <li key={n.id} className={n.readAt ? 'p-4' : 'bg-brand-50 p-4'}>
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className={n.readAt ? 'text-slate-800' : 'font-semibold text-slate-900'}>
                    {n.readAt ? null : <span className="sr-only">Chưa đọc: </span>}
                    {n.title}
                  </p>
                  <p className="text-sm text-slate-600">{formatDateTime(n.createdAt)}</p>
                </div>
                <div className="flex gap-2">
                  {n.link ? (
                    <form action={openNotification.bind(null, n.id)}>
                      <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800">
                        Mở<span className="sr-only">: {n.title}</span>
                      </button>
                    </form>
                  ) : null}
                  {n.readAt ? null : (
                    <form action={markNotificationRead.bind(null, n.id)}>
                      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100">
                        Đã đọc<span className="sr-only">: {n.title}</span>
                      </button>
                    </form>
                  )}
                </div>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={unreadOnly ? 'Không có thông báo chưa đọc.' : 'Chưa có thông báo nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/thong-bao" params={{ loc: unreadOnly ? 'chua-doc' : undefined }} />
    </>
  );
}
