import Link from 'next/link';

import { Badge, type BadgeTone } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { requirePermission } from '@/lib/auth/session';
import { commentStateSlugs, getCommentStateCounts, getModerationArticle, getModerationPage, parseModerationFilters } from '@/lib/comments/queries';
import { formatDateTime } from '@/lib/format/date';
import { articleStatusLabels, commentStateLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import type { CommentState } from '@/lib/generated/prisma/enums';

import { CommentActions } from './comment-actions';

export const metadata = { title: 'Bình luận' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = '/quan-tri/binh-luan';
const STATES: CommentState[] = ['PENDING', 'PUBLISHED', 'REJECTED'];
const tone: Record<CommentState, BadgeTone> = { PENDING: 'warning', PUBLISHED: 'brand', REJECTED: 'muted' };

export default async function CommentModerationPage({ searchParams }: Props) {
  await requirePermission('comment.moderate');
  const filters = parseModerationFilters(await searchParams);
  const [result, counts, article] = await Promise.all([
    getModerationPage(filters),
    getCommentStateCounts(filters.articleId),
    filters.articleId ? getModerationArticle(filters.articleId) : null,
  ]);
  const bai = filters.articleId ? String(filters.articleId) : undefined;
  const params = { 'trang-thai': filters.state ? commentStateSlugs[filters.state] : undefined, bai };
  const tabHref = (state?: CommentState) => {
    const query = new URLSearchParams(Object.entries({ 'trang-thai': state ? commentStateSlugs[state] : undefined, bai }).filter((e): e is [string, string] => e[1] !== undefined));
    return query.size > 0 ? `${PATH}?${query}` : PATH;
  };
  const all = STATES.reduce((n, s) => n + counts[s], 0);

  return (
    <>
      <PageTitle description="Bình luận của bạn đọc dưới các tin bài cho phép bình luận. Bình luận chỉ hiện trên cổng thông tin sau khi được duyệt đăng; email, điện thoại người gửi không công khai.">
        Bình luận
      </PageTitle>

      {filters.articleId ? (
        <p className="mb-4 rounded-md border border-slate-200 bg-white px-4 py-3 text-slate-800">
          Bình luận của tin bài{' '}
          {article ? (
            <Link href={`/quan-tri/tin-bai/${article.id}`} className="font-medium text-brand-800 underline">
              {article.title}
            </Link>
          ) : (
            'đã xóa'
          )}
          .{' '}
          <Link href={filters.state ? `${PATH}?trang-thai=${commentStateSlugs[filters.state]}` : PATH} className="text-brand-800 underline">
            Xem bình luận của mọi tin bài
          </Link>
        </p>
      ) : null}

      <nav aria-label="Lọc theo trạng thái" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...STATES].map((state) => {
            const current = filters.state === state;
            return (
              <li key={state ?? 'all'}>
                <Link
                  href={tabHref(state)}
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'inline-flex items-center gap-2 rounded-md border px-3 py-2',
                    current ? 'border-brand-700 bg-brand-700 font-semibold text-white' : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100',
                  )}
                >
                  {state ? commentStateLabels[state] : 'Tất cả'}
                  <span className="tabular-nums">({formatNumber(state ? counts[state] : all)})</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <p className="mb-3 text-slate-600">
        {formatNumber(result.total)} bình luận{filters.state ? '' : '; bình luận chờ duyệt ở đầu danh sách'}.
      </p>
      {result.items.length > 0 ? (
        <ul className="space-y-4" aria-label="Danh sách bình luận">
          {result.items.map((c) => {
            const live = c.article.status === 'PUBLISHED';
            return (
              <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-5">
                <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
                  <Badge tone={tone[c.state]}>{commentStateLabels[c.state]}</Badge>
                  <span className="font-semibold text-slate-900">{c.name}</span>
                  {c.contact ? <span className="text-slate-700">{c.contact}</span> : <span className="text-slate-600">Không để lại liên hệ</span>}
                  <time dateTime={c.createdAt.toISOString()} className="text-slate-600">
                    {formatDateTime(c.createdAt)}
                  </time>
                </div>
                <p className="mt-2 text-slate-700">
                  Tin bài:{' '}
                  {live ? (
                    <Link href={`/tin-tuc/${c.article.slug}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {c.article.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{c.article.title}</span>
                  )}{' '}
                  <Link href={`/quan-tri/tin-bai/${c.article.id}`} className="text-sm text-brand-800 underline underline-offset-2">
                    (mở trong Tin bài<span className="sr-only">: {c.article.title}</span>)
                  </Link>
                  {!live ? <span className="ml-2 text-sm text-slate-600">— tin bài {articleStatusLabels[c.article.status].toLowerCase()}</span> : null}
                  {live && !c.article.commentsEnabled ? <span className="ml-2 text-sm text-slate-600">— tin bài đã tắt bình luận</span> : null}
                </p>
                <p className="mt-3 rounded-md bg-slate-50 p-3 whitespace-pre-line text-slate-900">{c.body}</p>
                {c.moderatedAt ? (
                  <p className="mt-2 text-sm text-slate-600">
                    {commentStateLabels[c.state]} lúc {formatDateTime(c.moderatedAt)}
                    {c.moderatedBy ? ` bởi ${c.moderatedBy.name}` : ''}.
                  </p>
                ) : null}
                <div className="mt-4">
                  <CommentActions id={c.id} state={c.state} author={c.name} />
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState title={filters.state === 'PENDING' ? 'Không có bình luận nào chờ duyệt.' : 'Chưa có bình luận nào.'}>
          Bình luận chỉ nhận ở các tin bài có đánh dấu “Cho phép bình luận”.
        </EmptyState>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname={PATH} params={params} />
    </>
  );
}
