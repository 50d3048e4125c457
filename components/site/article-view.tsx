import Link from 'next/link';

import { PrintButton } from '@/components/site/article-actions';
import { ArticleCommentForm } from '@/components/site/article-comment-form';
import { ArticleLinks } from '@/components/site/article-list';
import { isBeforeReform, ReformNotice } from '@/components/site/reform-notice';
import { ShareLinks } from '@/components/site/share-links';
import { TEXT_SIZE_SCRIPT, TextSizeControl } from '@/components/site/text-size-control';
import { ViewCounter } from '@/components/site/view-counter';
import { Breadcrumbs } from '@/components/ui/page-title';
import { sanitizeArticleHtml } from '@/lib/articles/html';
import type { ArticleDetail, ArticleListItem } from '@/lib/articles/queries';
import type { PublicComment } from '@/lib/comments/queries';
import { formatDateTime, formatWeekdayDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { absoluteUrl } from '@/lib/seo/site-url';

/**
 * One article as readers see it: the public page (/tin-tuc/<slug>) and the signed preview
 * (/xem-truoc/<token>, `preview`: no view counting, no sharing) render the same component, so a
 * preview looks exactly like the published page. The body is sanitized again here: the page does
 * not trust what is stored.
 */
export function ArticleView({
  article,
  related,
  earlier,
  comments = null,
  preview = false,
}: {
  article: ArticleDetail;
  related: ArticleListItem[];
  earlier: ArticleListItem[];
  /** The published comments, when the article takes comments (null otherwise, and in a preview). */
  comments?: { items: PublicComment[]; total: number } | null;
  preview?: boolean;
}) {
  const url = absoluteUrl(`/tin-tuc/${article.slug}`);
  return (
    <article className="mx-auto max-w-3xl">
      {/* Applies the reader's stored text size before the first paint; static, so the page stays cached. */}
      <script dangerouslySetInnerHTML={{ __html: TEXT_SIZE_SCRIPT }} />
      <Breadcrumbs
        items={[
          { href: '/', label: 'Trang chủ' },
          { href: '/tin-tuc', label: 'Tin tức' },
          { href: `/tin-tuc/chuyen-muc/${article.category.slug}`, label: article.category.name },
          { label: article.title },
        ]}
      />
      <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">
        <Link href={`/tin-tuc/chuyen-muc/${article.category.slug}`} className="hover:underline">
          {article.category.name}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl leading-tight font-bold text-slate-900">{article.title}</h1>

      <div className="mt-4 flex flex-wrap items-center justify-between gap-x-6 gap-y-3 border-y border-slate-200 py-3">
        <p className="flex flex-wrap items-center gap-x-3 text-slate-700">
          {article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{formatWeekdayDateTime(article.publishedAt)}</time> : null}
          <span aria-hidden="true">·</span>
          {preview ? null : <ViewCounter />}
        </p>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <TextSizeControl />
          <PrintButton />
        </div>
      </div>

      {isBeforeReform(article.publishedAt) ? <ReformNotice /> : null}

      <div className="article-text mt-6">
        <p className="font-semibold text-slate-900">{article.summary}</p>
        {article.cover ? (
          <figure className="mt-6">
            {/* eslint-disable-next-line @next/next/no-img-element -- SVG from /media with its size known */}
            <img src={article.cover.src} alt={article.cover.alt} width={article.cover.width ?? 1200} height={article.cover.height ?? 675} className="h-auto w-full rounded" />
            {article.coverCaption ? <figcaption className="mt-2 text-center text-sm text-slate-600 italic">{article.coverCaption}</figcaption> : null}
          </figure>
        ) : null}
        <div className="prose-body mt-6" dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(article.body) }} />
        {article.sourceLine ? <p className="mt-8 text-right font-semibold text-slate-900">{article.sourceLine}</p> : null}
      </div>

      {preview ? null : (
        <div className="mt-8 border-t border-slate-200 pt-4 print:hidden">
          <ShareLinks url={url} title={article.title} />
        </div>
      )}

      {article.organizations.length > 0 ? (
        <section aria-labelledby="htx-trong-bai" className="mt-8 rounded-lg border border-slate-200 bg-brand-50 p-5 print:hidden">
          <h2 id="htx-trong-bai" className="text-lg font-bold text-slate-900">
            Hợp tác xã được nhắc đến trong bài
          </h2>
          <ul className="mt-3 space-y-2">
            {article.organizations.map((o) => (
              <li key={o.slug}>
                <Link href={`/hop-tac-xa/${o.slug}`} className="text-brand-800 underline hover:text-brand-900">
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {article.commentsEnabled && comments && !preview ? <ArticleComments slug={article.slug} comments={comments} /> : null}

      {related.length > 0 ? (
        <section aria-labelledby="tin-cung-chuyen-muc" className="mt-10 print:hidden">
          <h2 id="tin-cung-chuyen-muc" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-800 uppercase">
            Tin cùng chuyên mục
          </h2>
          <div className="mt-4">
            <ArticleLinks articles={related} />
          </div>
        </section>
      ) : null}

      {earlier.length > 0 ? (
        <section aria-labelledby="tin-da-dua" className="mt-10 print:hidden">
          <h2 id="tin-da-dua" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-800 uppercase">
            Các tin đã đưa
          </h2>
          <div className="mt-4">
            <ArticleLinks articles={earlier} />
          </div>
        </section>
      ) : null}
    </article>
  );
}

/**
 * Readers' comments: the published ones, as plain text (React escapes it; line breaks kept), with
 * the name and date but never the contact, then the form. New comments wait for an editor.
 */
function ArticleComments({ slug, comments }: { slug: string; comments: { items: PublicComment[]; total: number } }) {
  return (
    <section aria-labelledby="binh-luan" className="mt-10 print:hidden">
      <h2 id="binh-luan" className="border-b-2 border-brand-700 pb-2 text-lg font-bold text-brand-800 uppercase">
        Bình luận ({formatNumber(comments.total)})
      </h2>
      {comments.items.length > 0 ? (
        <ol className="mt-4 space-y-4">
          {comments.items.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-semibold text-slate-900">{c.name}</span>
                <time dateTime={c.createdAt.toISOString()} className="text-sm text-slate-600">
                  {formatDateTime(c.createdAt)}
                </time>
              </p>
              <p className="mt-2 whitespace-pre-line text-slate-800">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-4 text-slate-700">Chưa có bình luận nào. Hãy là người đầu tiên góp ý về bài viết.</p>
      )}
      {comments.total > comments.items.length ? (
        <p className="mt-3 text-sm text-slate-600">Đang hiện {formatNumber(comments.items.length)} bình luận mới nhất.</p>
      ) : null}
      <h3 className="mt-8 text-lg font-bold text-slate-900">Gửi bình luận</h3>
      <p className="mt-1 mb-3 text-slate-700">Bình luận được đăng sau khi Ban biên tập duyệt. Email, số điện thoại của bạn không được công khai.</p>
      <ArticleCommentForm slug={slug} />
    </section>
  );
}
