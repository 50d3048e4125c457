import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Badge } from '@/components/ui/badge';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { updateArticle } from '@/lib/articles/actions';
import { getCategories } from '@/lib/articles/queries';
import { toVietnamDateTimeInput } from '@/lib/articles/schema';
import { EDITABLE, needsPublishReason } from '@/lib/articles/workflow';
import { getArticleForEditor } from '@/lib/articles/workspace-queries';
import { getPickableImages } from '@/lib/media/queries';
import { can, requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { articleStatusLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { firstParam } from '@/lib/pagination';
import { getCommentStateCounts } from '@/lib/comments/queries';

import { ArticleForm } from '../article-form';
import { statusTone } from '../status-tone';

import { WorkflowPanel } from './workflow-panel';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = { title: 'Sửa tin bài' };

const FLASH: Record<string, string> = { 'da-luu': 'Đã lưu bản nháp.', 'da-xuat-ban': 'Đã xuất bản bản sửa đổi: nội dung mới đã thay bài đang đăng.' };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const me = await requirePermission('article.write');
  const { id: raw } = await params;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const [article, categories, images, canPublish, canModerate, query] = await Promise.all([
    getArticleForEditor(Number(raw)),
    getCategories(),
    getPickableImages(),
    can(me, 'article.publish'),
    can(me, 'comment.moderate'),
    searchParams,
  ]);
  if (!article) notFound();
  // Readers' comments belong to the live article, not to a new version of it.
  const commentsOf = article.draftOf?.id ?? article.id;
  const comments = canModerate ? await getCommentStateCounts(commentsOf) : null;
  const commentTotal = comments ? comments.PENDING + comments.PUBLISHED + comments.REJECTED : 0;
  const flash = Object.keys(FLASH).find((k) => firstParam(query[k]) === '1');
  const editable = EDITABLE.includes(article.status);

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/tin-bai', label: 'Tin bài' }, { label: article.title }]} />
      <PageTitle
        description={
          <span className="flex flex-wrap items-center gap-3">
            <Badge tone={statusTone[article.status]}>{articleStatusLabels[article.status]}</Badge>
            {article.author ? <span>Người viết: {article.author.name}</span> : null}
            <Link href={`/quan-tri/tin-bai/${article.id}/phien-ban`} className="text-brand-800 underline">
              Các phiên bản ({article._count.revisions})
            </Link>
            {comments && (commentTotal > 0 || article.commentsEnabled) ? (
              <Link href={`/quan-tri/binh-luan?bai=${commentsOf}`} className="text-brand-800 underline">
                Bình luận ({formatNumber(comments.PENDING)} chờ duyệt, {formatNumber(comments.PUBLISHED)} đã đăng)
              </Link>
            ) : null}
            {article.status === 'PUBLISHED' && !article.draftOfId ? (
              <Link href={`/tin-tuc/${article.slug}`} className="text-brand-800 underline">
                Xem trên cổng thông tin
              </Link>
            ) : null}
          </span>
        }
      >
        {article.draftOf ? 'Bản sửa đổi của tin đang đăng' : 'Sửa tin bài'}
      </PageTitle>
      <FlashNotice message={flash ? FLASH[flash] : null} />

      <div className="mb-6 space-y-2 text-slate-700">
        {article.draftOf ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
            Bài đang đăng “
            <Link href={`/quan-tri/tin-bai/${article.draftOf.id}`} className="underline">
              {article.draftOf.title}
            </Link>
            ” không thay đổi cho tới khi bản sửa đổi này được xuất bản (ngay hoặc theo giờ hẹn).
          </p>
        ) : null}
        {article.pendingDraft ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3">
            Bài này có một{' '}
            <Link href={`/quan-tri/tin-bai/${article.pendingDraft.id}`} className="font-medium underline">
              bản sửa đổi ({articleStatusLabels[article.pendingDraft.status].toLowerCase()})
            </Link>
            .
          </p>
        ) : null}
        {article.status === 'SCHEDULED' && article.publishAt ? <p>Hẹn đăng lúc {formatDateTime(article.publishAt)}.</p> : null}
        {article.status === 'PUBLISHED' && article.unpublishAt ? <p>Sẽ được gỡ xuống lúc {formatDateTime(article.unpublishAt)}.</p> : null}
        {article.publishedAt && !article.draftOfId ? <p>Đăng lần đầu lúc {formatDateTime(article.publishedAt)}.</p> : null}
        {article.submittedAt && article.status === 'IN_REVIEW' ? <p>Gửi duyệt lúc {formatDateTime(article.submittedAt)}.</p> : null}
        {article.publishReason && article.status !== 'DRAFT' ? <p>Lý do xuất bản không qua duyệt: {article.publishReason}</p> : null}
      </div>

      <div className="grid gap-10 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="noi-dung-bai">
          <h2 id="noi-dung-bai" className="mb-4 text-xl font-bold text-slate-900">
            Nội dung
          </h2>
          {editable ? (
            <ArticleForm
              action={updateArticle.bind(null, article.id, article.updatedAt.toISOString())}
              initial={{
                title: article.title,
                summary: article.summary,
                categoryId: String(article.categoryId),
                body: article.body,
                coverCaption: article.coverCaption ?? '',
                sourceLine: article.sourceLine ?? '',
                tags: article.tags.join(', '),
                featured: article.featured ? 'on' : '',
                commentsEnabled: article.commentsEnabled ? 'on' : '',
              }}
              categories={categories.map((c) => ({ value: String(c.id), label: c.name }))}
              images={images}
              cover={article.cover}
              organizations={article.organizations}
              submitLabel="Lưu"
            />
          ) : (
            <div className="space-y-3">
              <p className="rounded-md border border-slate-300 bg-white px-4 py-3">
                {article.status === 'PUBLISHED'
                  ? 'Tin đang đăng công khai không sửa trực tiếp: hãy “Tạo bản sửa đổi”, soạn và duyệt nó, rồi xuất bản (ngay hoặc hẹn giờ).'
                  : article.status === 'SCHEDULED'
                    ? 'Tin đã hẹn giờ đăng: hủy hẹn giờ để sửa.'
                    : 'Tin bài đang lưu trữ: mở lại để sửa.'}
              </p>
              <h3 className="text-lg font-semibold">{article.title}</h3>
              <p className="font-semibold">{article.summary}</p>
            </div>
          )}
        </section>
        <section aria-labelledby="quy-trinh" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="quy-trinh" className="mb-4 text-xl font-bold text-slate-900">
            Quy trình
          </h2>
          <WorkflowPanel
            articleId={article.id}
            status={article.status}
            isPendingVersion={article.draftOfId != null}
            hasPendingVersion={article.pendingDraft != null}
            canPublish={canPublish}
            needsReason={needsPublishReason(article.status)}
            unpublishAt={toVietnamDateTimeInput(article.unpublishAt)}
          />
        </section>
      </div>
    </>
  );
}
