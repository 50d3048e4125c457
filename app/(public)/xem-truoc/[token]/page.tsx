import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';

import { ArticleView } from '@/components/site/article-view';
import { verifyPreviewToken } from '@/lib/articles/preview';
import { getArticleForPreview, getNeighbourArticles } from '@/lib/articles/queries';
import { formatDateTime } from '@/lib/format/date';
import { articleStatusLabels } from '@/lib/format/labels';

/**
 * A signed preview of an unpublished article (or of a pending new version), for someone without
 * an account: rendered per request from the current content, never cached (the front cache only
 * keeps pages Next served from its page cache), never indexed. A tampered or expired link is a 404
 * with its own message (./not-found.tsx).
 */
export const metadata: Metadata = { title: 'Xem trước tin bài', robots: { index: false, follow: false, nocache: true } };

type Props = { params: Promise<{ token: string }> };

export default async function PreviewPage({ params }: Props) {
  await connection();
  const { token } = await params;
  const check = verifyPreviewToken(decodeURIComponent(token));
  if (!check.ok) notFound();
  const article = await getArticleForPreview(check.articleId);
  if (!article) notFound();
  const { related, earlier } = await getNeighbourArticles({ id: article.id, categoryId: article.categoryId, publishedAt: article.publishedAt });
  return (
    <>
      <div role="note" className="mx-auto mb-6 max-w-3xl rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 print:hidden">
        <p className="font-semibold">Bản xem trước – chưa công khai ({articleStatusLabels[article.status].toLowerCase()}).</p>
        <p>Liên kết này hết hạn lúc {formatDateTime(check.expiresAt)}. Nội dung có thể còn thay đổi trước khi đăng.</p>
      </div>
      <ArticleView article={article} related={related} earlier={earlier} preview />
    </>
  );
}
