import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { getCategories } from '@/lib/articles/queries';
import { getArticleAuthors, getNewsroomPage, type NewsroomFilters } from '@/lib/articles/workspace-queries';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { articleStatusLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { firstParam, parsePage } from '@/lib/pagination';
import { cleanLine } from '@/lib/validation/control-chars';

import { statusTone } from './status-tone';

export const metadata = { title: 'Tin bài' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES = Object.keys(articleStatusLabels) as ArticleStatus[];
const idParam = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);
const control = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2';

export default async function ArticlesAdminPage({ searchParams }: Props) {
  await requirePermission('article.write');
  const sp = await searchParams;
  const status = firstParam(sp['trang-thai']);
  const filters: NewsroomFilters = {
    status: STATUSES.includes(status as ArticleStatus) ? (status as ArticleStatus) : undefined,
    categoryId: idParam(firstParam(sp['chuyen-muc'])),
    authorId: idParam(firstParam(sp['nguoi-viet'])),
    q: cleanLine(firstParam(sp.q) ?? '').trim().slice(0, 100) || undefined,
  };
  const page = parsePage(sp.trang);
  const [result, categories, authors] = await Promise.all([getNewsroomPage(filters, page), getCategories(), getArticleAuthors()]);
  const params = {
    'trang-thai': filters.status,
    'chuyen-muc': filters.categoryId ? String(filters.categoryId) : undefined,
    'nguoi-viet': filters.authorId ? String(filters.authorId) : undefined,
    q: filters.q,
  };

  return (
    <>
      <PageTitle description="Viết, gửi duyệt, xuất bản và hẹn giờ đăng tin bài.">Tin bài</PageTitle>
      <p className="mb-4">
        <ButtonLink href="/quan-tri/tin-bai/moi">Viết tin bài mới</ButtonLink>
      </p>
      <form method="get" role="search" aria-label="Lọc tin bài" className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-5">
        <div>
          <label htmlFor="loc-q" className="font-medium text-slate-800">Tiêu đề có chữ</label>
          <input id="loc-q" name="q" type="search" defaultValue={filters.q ?? ''} className={control} />
        </div>
        <div>
          <label htmlFor="loc-trang-thai" className="font-medium text-slate-800">Trạng thái</label>
          <select id="loc-trang-thai" name="trang-thai" defaultValue={filters.status ?? ''} className={control}>
            <option value="">Tất cả</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{articleStatusLabels[s]}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-chuyen-muc" className="font-medium text-slate-800">Chuyên mục</label>
          <select id="loc-chuyen-muc" name="chuyen-muc" defaultValue={params['chuyen-muc'] ?? ''} className={control}>
            <option value="">Tất cả</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>{c.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="loc-nguoi-viet" className="font-medium text-slate-800">Người viết</label>
          <select id="loc-nguoi-viet" name="nguoi-viet" defaultValue={params['nguoi-viet'] ?? ''} className={control}>
            <option value="">Tất cả</option>
            {authors.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800">Lọc</button>
          <Link href="/quan-tri/tin-bai" className="px-2 py-2.5 text-brand-800 underline">Bỏ lọc</Link>
        </div>
      </form>
      <p className="mb-3 text-slate-600" role="status">{formatNumber(result.total)} tin bài.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách tin bài">
          <thead>
            <tr>
              <Th>Tiêu đề</Th>
              <Th>Chuyên mục</Th>
              <Th>Trạng thái</Th>
              <Th>Đăng / hẹn</Th>
              <Th>Sửa lần cuối</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Link href={`/quan-tri/tin-bai/${a.id}`} className="font-medium text-brand-800 hover:underline">
                    {a.title}
                  </Link>
                  {a.draftOfId ? <span className="block text-sm text-amber-900">Bản sửa đổi của tin đang đăng</span> : null}
                  {a.pendingDraft ? <span className="block text-sm text-amber-900">Có bản sửa đổi: {articleStatusLabels[a.pendingDraft.status].toLowerCase()}</span> : null}
                  {a.author ? <span className="block text-sm text-slate-600">{a.author.name}</span> : null}
                </Td>
                <Td>{a.category.name}</Td>
                <Td>
                  <Badge tone={statusTone[a.status]}>{articleStatusLabels[a.status]}</Badge>
                </Td>
                <Td className="whitespace-nowrap">
                  {a.status === 'SCHEDULED' && a.publishAt ? `Hẹn ${formatDateTime(a.publishAt)}` : a.publishedAt ? formatDateTime(a.publishedAt) : '—'}
                  {a.unpublishAt ? <span className="block text-sm text-slate-600">Gỡ {formatDateTime(a.unpublishAt)}</span> : null}
                </Td>
                <Td className="whitespace-nowrap">{formatDateTime(a.updatedAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Không có tin bài nào khớp bộ lọc." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/tin-bai" params={params} />
    </>
  );
}
