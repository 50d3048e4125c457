'use server';

import { revalidatePath } from 'next/cache';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { isArticleSlug } from '@/lib/articles/queries';
import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { requestClientHash } from '@/lib/feedback/client';
import { isRateLimited, rateLimitMessageFor } from '@/lib/feedback/rate-limit';
import { isHoneypotFilled } from '@/lib/feedback/honeypot';
import type { CommentState } from '@/lib/generated/prisma/enums';
import { requestIp } from '@/lib/members/mutation';
import { site } from '@/lib/site';

import { COMMENT_FIELDS } from './fields';
import { articleCommentSchema } from './schema';

/**
 * Readers' comments on articles. An article takes them only when an editor switched them on
 * (Article.commentsEnabled, saved with the article). A comment is held (PENDING) until an editor
 * publishes it; the article page is cached and shows only published comments, so its tag is
 * expired when what it shows changes (a comment published, or a published one rejected or
 * deleted), never on a mere submission.
 */

const PENDING_MESSAGE = 'Bình luận của bạn đang chờ duyệt. Bình luận sẽ hiện dưới bài viết sau khi Ban biên tập duyệt.';

/**
 * A visitor's comment. A public form, so no session: the feedback form's honeypot and per-client
 * rate limit (counted on article comments), zod with Vietnamese messages and the article's own
 * switch, checked here on the server, stand in for it.
 */
export async function submitArticleComment(slug: string, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const all = formValues(formData);
  // Only the visible fields are echoed back; the honeypot never is.
  const values = Object.fromEntries(COMMENT_FIELDS.map((f) => [f, all[f] ?? '']));
  if (isHoneypotFilled(all)) return { status: 'success', message: PENDING_MESSAGE };

  const article = isArticleSlug(slug)
    ? await prisma.article.findFirst({
        where: { slug, status: 'PUBLISHED', publishedAt: { lte: new Date() }, draftOfId: null },
        select: { id: true, commentsEnabled: true },
      })
    : null;
  if (!article?.commentsEnabled) return errorState('Bài viết này không nhận bình luận.', {}, values);

  const parsed = articleCommentSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);

  const hash = await requestClientHash();
  try {
    if (await isRateLimited((since) => prisma.articleComment.count({ where: { clientHash: hash, createdAt: { gte: since } } }))) {
      return errorState(rateLimitMessageFor('bình luận'), {}, values);
    }
    await prisma.$transaction(async (tx) => {
      const comment = await tx.articleComment.create({ data: { articleId: article.id, ...parsed.data, clientHash: hash }, select: { id: true } });
      await recordAudit(tx, { userId: null, action: 'comment.create', entity: 'ArticleComment', entityId: String(comment.id), after: { articleId: article.id, state: 'PENDING' } });
    });
  } catch (error) {
    // The visitor keeps what they typed; the cause is logged.
    console.error('comment.create failed', error);
    return errorState(`Chưa gửi được bình luận do lỗi hệ thống. Vui lòng thử lại sau ít phút hoặc gọi ${site.phone}.`, {}, values);
  }
  // Nothing public changed, and the workspace pages are rendered per request: nothing to expire.
  return { status: 'success', message: PENDING_MESSAGE };
}

const GONE = 'Không tìm thấy bình luận; có thể đã bị xóa.';
const RACED = 'Bình luận vừa được người khác xử lý. Hãy tải lại trang.';

/** The moderation page and the pending count in every workspace page's menu. */
function refreshWorkspace(): void {
  revalidatePath('/quan-tri', 'layout');
}

function loadComment(commentId: number) {
  return Number.isSafeInteger(commentId)
    ? prisma.articleComment.findUnique({ where: { id: commentId }, select: { id: true, state: true, articleId: true, article: { select: { slug: true } } } })
    : null;
}

/** Moves a comment to `to`, claiming it in the state it was read in (two editors, one outcome). */
async function moderate(commentId: number, to: Exclude<CommentState, 'PENDING'>): Promise<ActionState> {
  const me = await requirePermission('comment.moderate');
  const c = await loadComment(commentId);
  if (!c) return errorState(GONE);
  const done = to === 'PUBLISHED' ? 'Đã đăng bình luận.' : 'Đã từ chối bình luận.';
  if (c.state === to) return { status: 'success', message: done };
  const ip = await requestIp();
  const claimed = await prisma.$transaction(async (tx) => {
    const { count } = await tx.articleComment.updateMany({ where: { id: c.id, state: c.state }, data: { state: to, moderatedAt: new Date(), moderatedById: me.id } });
    if (count !== 1) return false;
    await recordAudit(tx, {
      userId: me.id,
      action: to === 'PUBLISHED' ? 'comment.publish' : 'comment.reject',
      entity: 'ArticleComment',
      entityId: String(c.id),
      before: { state: c.state },
      after: { state: to, articleId: c.articleId },
      ip,
    });
    return true;
  });
  if (!claimed) return errorState(RACED);
  // The article page shows published comments only: it changes when one comes or goes.
  if (c.state === 'PUBLISHED' || to === 'PUBLISHED') expirePublicTags(cacheTags.article(c.article.slug));
  refreshWorkspace();
  return { status: 'success', message: done };
}

export async function publishComment(commentId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  return moderate(commentId, 'PUBLISHED');
}

export async function rejectComment(commentId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  return moderate(commentId, 'REJECTED');
}

/** Deletes a comment for good (spam, personal data posted by mistake); the audit row keeps who and when. */
export async function deleteComment(commentId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('comment.moderate');
  const c = await loadComment(commentId);
  if (!c) return errorState(GONE);
  const ip = await requestIp();
  // The state as deleted (a colleague may have published it since it was read) decides the expiry.
  const deleted = await prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ state: CommentState }[]>`DELETE FROM "ArticleComment" WHERE id = ${c.id} RETURNING state::text AS state`;
    if (!row) return null;
    await recordAudit(tx, { userId: me.id, action: 'comment.delete', entity: 'ArticleComment', entityId: String(c.id), before: { state: row.state, articleId: c.articleId }, ip });
    return row;
  });
  if (!deleted) return errorState(GONE);
  if (deleted.state === 'PUBLISHED') expirePublicTags(cacheTags.article(c.article.slug));
  refreshWorkspace();
  return { status: 'success', message: 'Đã xóa bình luận.' };
}
