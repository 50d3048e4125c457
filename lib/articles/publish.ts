import { recordAudit } from '@/lib/audit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { notifyUsers } from '@/lib/notifications/notify';

/**
 * What publishing does to the database, shared by the editor's action and the scheduler: one
 * article goes live, or a pending new version (a row with draftOfId) replaces the content of the
 * live article it belongs to and disappears, its revisions moving to the live article. Runs
 * inside the caller's transaction, together with its audit row and notification.
 * See docs/decisions/0009-article-workflow.md.
 */

type Tx = Prisma.TransactionClient;

export const contentSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  categoryId: true,
  coverMediaId: true,
  coverCaption: true,
  sourceLine: true,
  tags: true,
  featured: true,
  commentsEnabled: true,
  status: true,
  authorId: true,
  publishedAt: true,
  publishAt: true,
  unpublishAt: true,
  draftOfId: true,
  organizations: { select: { organizationId: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleContent = Prisma.ArticleGetPayload<{ select: typeof contentSelect }>;

/** The part of a version that is not text, kept with each revision so a restore brings it back. */
export type RevisionDetails = {
  categoryId: number;
  coverMediaId: number | null;
  coverCaption: string | null;
  sourceLine: string | null;
  tags: string[];
  featured: boolean;
  commentsEnabled: boolean;
  organizationIds: number[];
};

export function detailsOf(
  a: Pick<ArticleContent, 'categoryId' | 'coverMediaId' | 'coverCaption' | 'sourceLine' | 'tags' | 'featured' | 'commentsEnabled' | 'organizations'>,
): RevisionDetails {
  return {
    categoryId: a.categoryId,
    coverMediaId: a.coverMediaId,
    coverCaption: a.coverCaption,
    sourceLine: a.sourceLine,
    tags: a.tags,
    featured: a.featured,
    commentsEnabled: a.commentsEnabled,
    organizationIds: a.organizations.map((o) => o.organizationId).sort((x, y) => x - y),
  };
}

export async function recordRevision(tx: Tx, articleId: number, a: Pick<ArticleContent, 'title' | 'summary' | 'body'> & RevisionDetails, editorId: number | null, note: string): Promise<number> {
  const { title, summary, body, ...details } = a;
  const row = await tx.articleRevision.create({ data: { articleId, title, summary, body, note, editorId, details }, select: { id: true } });
  return row.id;
}

export type WentLive = { liveId: number; slug: string; title: string; authorId: number | null };

/**
 * Puts an article (or a pending new version) live. `from` lists the states it may be in; if it
 * is no longer in one of them (someone else acted first), nothing happens and null is returned.
 */
export async function goLive(
  tx: Tx,
  articleId: number,
  options: { actorId: number | null; now: Date; from: readonly ArticleContent['status'][]; reason?: string | null; scheduled?: boolean },
): Promise<WentLive | null> {
  const a = await tx.article.findUnique({ where: { id: articleId }, select: contentSelect });
  if (!a || !options.from.includes(a.status)) return null;
  const reason = options.reason || null;

  // The claim: only one transaction can move the row out of the state it was read in (the
  // update locks the row and re-checks the state), so a second publisher or scheduler does nothing.
  const { count } = await tx.article.updateMany({
    where: { id: a.id, status: a.status },
    data: { status: 'PUBLISHED', publishedAt: a.publishedAt ?? a.publishAt ?? options.now, publishAt: null, publishReason: reason },
  });
  if (count !== 1) return null;

  let went: WentLive = { liveId: a.id, slug: a.slug, title: a.title, authorId: a.authorId };
  if (a.draftOfId != null) {
    const live = await tx.article.findUnique({ where: { id: a.draftOfId }, select: { id: true, slug: true, publishedAt: true, authorId: true } });
    if (!live) throw new Error(`article ${a.id}: the live article ${a.draftOfId} is gone`);
    // The pending version's history becomes the live article's, then the pending row goes.
    await tx.articleRevision.updateMany({ where: { articleId: a.id }, data: { articleId: live.id } });
    await tx.article.delete({ where: { id: a.id } });
    await tx.article.update({
      where: { id: live.id },
      data: {
        title: a.title,
        summary: a.summary,
        body: a.body,
        categoryId: a.categoryId,
        coverMediaId: a.coverMediaId,
        coverCaption: a.coverCaption,
        sourceLine: a.sourceLine,
        tags: a.tags,
        featured: a.featured,
        commentsEnabled: a.commentsEnabled,
        status: 'PUBLISHED',
        publishedAt: live.publishedAt ?? options.now,
        publishAt: null,
        publishReason: reason,
        organizations: { deleteMany: {}, create: a.organizations.map((o) => ({ organizationId: o.organizationId })) },
      },
    });
    await recordRevision(tx, live.id, { title: a.title, summary: a.summary, body: a.body, ...detailsOf(a) }, options.actorId, 'Xuất bản bản sửa đổi');
    went = { liveId: live.id, slug: live.slug, title: a.title, authorId: a.authorId ?? live.authorId };
  }

  await recordAudit(tx, {
    userId: options.actorId,
    action: 'article.publish',
    entity: 'Article',
    entityId: String(went.liveId),
    before: { status: a.status },
    after: {
      status: 'PUBLISHED',
      ...(options.scheduled ? { scheduled: true, publishAt: a.publishAt?.toISOString() ?? null } : {}),
      ...(reason ? { reason } : {}),
      ...(a.draftOfId != null ? { fromDraft: a.id } : {}),
    },
  });
  await notifyUsers(
    tx,
    [went.authorId],
    {
      kind: 'article.publish',
      title: options.scheduled ? `Tin bài “${went.title}” đã được đăng theo lịch hẹn.` : `Tin bài “${went.title}” đã được xuất bản.`,
      link: `/quan-tri/tin-bai/${went.liveId}`,
    },
    options.actorId,
  );
  return went;
}
