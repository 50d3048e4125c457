'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { formatDateTime } from '@/lib/format/date';
import { articleStatusLabels } from '@/lib/format/labels';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';
import { notifyUsers, usersWithPermission } from '@/lib/notifications/notify';
import { absoluteUrl } from '@/lib/seo/site-url';

import { signPreviewToken } from './preview';
import { contentSelect, detailsOf, goLive, recordRevision, type RevisionDetails } from './publish';
import { parseVietnamDateTime, publishSchema, returnSchema, unpublishSchema } from './schema';
import { ARCHIVABLE, EDITABLE, needsPublishReason, PUBLISHABLE, RETURNABLE, SUBMITTABLE } from './workflow';

/**
 * The article workflow (lib/articles/workflow.ts). Every transition checks the permission first,
 * then the state on the server (an old page cannot move an article from a state it has left),
 * writes the change with its audit row and the notifications of the people concerned in one
 * transaction, and expires exactly the public pages that show the article when it goes on or off
 * the public site.
 */

const LIST = '/quan-tri/tin-bai';
const GONE = 'Tin bài không còn tồn tại.';

const load = (id: number) => prisma.article.findUnique({ where: { id }, select: contentSelect });
type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

function refresh(...ids: number[]): void {
  revalidatePath(LIST);
  for (const id of ids) revalidatePath(`${LIST}/${id}`);
  revalidatePath('/quan-tri', 'layout'); // the unread count in the header
}

function wrongState(a: Loaded): ActionState {
  return errorState(`Không thực hiện được với tin bài ở trạng thái “${articleStatusLabels[a.status]}”. Hãy tải lại trang.`);
}

/** Expires the public pages that show a live article: every article list and its own page. */
function expireArticle(slug: string): void {
  expirePublicTags(cacheTags.articles, cacheTags.article(slug));
}

const link = (id: number) => `${LIST}/${id}`;

/** A simple transition: state check, update, audit, notification, in one transaction. */
async function transition(
  actorId: number,
  a: Loaded,
  action: string,
  data: { status: ArticleStatus } & Record<string, unknown>,
  note: { to: 'publishers' | 'author'; title: string },
  extra: Record<string, string | null> = {},
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id: a.id, status: a.status }, data });
    if (count !== 1) return false;
    await recordAudit(tx, { userId: actorId, action, entity: 'Article', entityId: String(a.id), before: { status: a.status }, after: { status: data.status, ...extra } });
    const recipients = note.to === 'publishers' ? await usersWithPermission(tx, 'article.publish') : [a.authorId];
    await notifyUsers(tx, recipients, { kind: action, title: note.title, link: link(a.id) }, actorId);
    return true;
  });
}

export async function submitArticle(articleId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const a = await load(articleId);
  if (!a) return errorState(GONE);
  if (!SUBMITTABLE.includes(a.status)) return wrongState(a);
  const ok = await transition(me.id, a, 'article.submit', { status: 'IN_REVIEW', submittedAt: new Date() }, { to: 'publishers', title: `${me.name} gửi duyệt tin bài “${a.title}”.` });
  if (!ok) return wrongState(a);
  refresh(a.id);
  return { status: 'success', message: 'Đã gửi duyệt. Ban biên tập sẽ nhận được thông báo.' };
}

export async function returnArticle(articleId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.publish');
  const values = formValues(formData);
  const parsed = returnSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const a = await load(articleId);
  if (!a) return errorState(GONE, {}, values);
  if (!RETURNABLE.includes(a.status)) return wrongState(a);
  const ok = await transition(
    me.id,
    a,
    'article.return',
    { status: 'DRAFT', publishAt: null },
    { to: 'author', title: `Tin bài “${a.title}” được trả lại để sửa: ${parsed.data.reason}` },
    { reason: parsed.data.reason },
  );
  if (!ok) return wrongState(a);
  refresh(a.id);
  return { status: 'success', message: 'Đã trả lại tin bài cho người viết.' };
}

/**
 * Publishes now or schedules. From review: no reason needed. From a draft (or a withdrawn
 * article), skipping review, a reason is required and kept on the article and in the audit row.
 */
export async function publishArticle(articleId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.publish');
  const values = formValues(formData);
  const parsed = publishSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const a = await load(articleId);
  if (!a) return errorState(GONE, {}, values);
  if (!PUBLISHABLE.includes(a.status)) return wrongState(a);
  const { when, reason } = parsed.data;
  if (needsPublishReason(a.status) && !reason) {
    return errorState('Tin bài chưa qua duyệt.', { reason: 'Xuất bản không qua duyệt: vui lòng nêu lý do.' }, values);
  }
  const now = new Date();

  if (when === 'later') {
    const at = parseVietnamDateTime(parsed.data.at);
    if (!at) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { at: 'Vui lòng chọn ngày giờ đăng.' }, values);
    if (at.getTime() <= now.getTime() + 60_000) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { at: 'Giờ hẹn phải sau thời điểm hiện tại.' }, values);
    const ok = await transition(
      me.id,
      a,
      'article.schedule',
      { status: 'SCHEDULED', publishAt: at, publishReason: reason || null },
      { to: 'author', title: `Tin bài “${a.title}” được hẹn đăng lúc ${formatDateTime(at)}.` },
      { publishAt: at.toISOString(), ...(reason ? { reason } : {}) },
    );
    if (!ok) return wrongState(a);
    refresh(a.id, ...(a.draftOfId ? [a.draftOfId] : []));
    return { status: 'success', message: `Đã hẹn đăng lúc ${formatDateTime(at)}.` };
  }

  const went = await prisma.$transaction((tx) => goLive(tx, a.id, { actorId: me.id, now, from: [a.status], reason: reason || null }));
  if (!went) return wrongState(a);
  expireArticle(went.slug);
  refresh(went.liveId);
  if (went.liveId !== a.id) redirect(`${link(went.liveId)}?da-xuat-ban=1`);
  return { status: 'success', message: 'Đã xuất bản. Tin bài đã hiện trên cổng thông tin.' };
}

export async function cancelSchedule(articleId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.publish');
  const a = await load(articleId);
  if (!a) return errorState(GONE);
  if (a.status !== 'SCHEDULED') return wrongState(a);
  const ok = await transition(me.id, a, 'article.cancelSchedule', { status: 'IN_REVIEW', publishAt: null }, { to: 'author', title: `Lịch đăng tin bài “${a.title}” đã được hủy.` });
  if (!ok) return wrongState(a);
  refresh(a.id);
  return { status: 'success', message: 'Đã hủy hẹn giờ; tin bài trở lại chờ duyệt.' };
}

/** Takes a live article down now, or sets (or clears, with an empty time) when it will be. */
export async function unpublishArticle(articleId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.publish');
  const values = formValues(formData);
  const parsed = unpublishSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const a = await load(articleId);
  if (!a) return errorState(GONE, {}, values);
  if (a.status !== 'PUBLISHED' || a.draftOfId != null) return wrongState(a);
  const reason = parsed.data.reason || null;

  if (parsed.data.when === 'later') {
    const at = parsed.data.at ? parseVietnamDateTime(parsed.data.at) : null;
    if (parsed.data.at && !at) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { at: 'Ngày giờ không hợp lệ.' }, values);
    if (at && at.getTime() <= Date.now() + 60_000) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { at: 'Giờ hẹn phải sau thời điểm hiện tại.' }, values);
    await prisma.$transaction(async (tx) => {
      await tx.article.update({ where: { id: a.id }, data: { unpublishAt: at } });
      await recordAudit(tx, { userId: me.id, action: 'article.scheduleUnpublish', entity: 'Article', entityId: String(a.id), before: { unpublishAt: a.unpublishAt?.toISOString() ?? null }, after: { unpublishAt: at?.toISOString() ?? null, ...(reason ? { reason } : {}) } });
      if (at) await notifyUsers(tx, [a.authorId], { kind: 'article.scheduleUnpublish', title: `Tin bài “${a.title}” sẽ được gỡ xuống lúc ${formatDateTime(at)}.`, link: link(a.id) }, me.id);
    });
    refresh(a.id);
    return { status: 'success', message: at ? `Tin bài sẽ được gỡ xuống lúc ${formatDateTime(at)}.` : 'Đã bỏ lịch gỡ tin bài.' };
  }

  const ok = await transition(
    me.id,
    a,
    'article.unpublish',
    { status: 'UNPUBLISHED', unpublishAt: null },
    { to: 'author', title: `Tin bài “${a.title}” đã được gỡ xuống${reason ? `: ${reason}` : '.'}` },
    reason ? { reason } : {},
  );
  if (!ok) return wrongState(a);
  expireArticle(a.slug);
  refresh(a.id);
  return { status: 'success', message: 'Đã gỡ tin bài khỏi cổng thông tin.' };
}

export async function archiveArticle(articleId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.publish');
  const a = await load(articleId);
  if (!a) return errorState(GONE);
  if (!ARCHIVABLE.includes(a.status) || a.draftOfId != null) return wrongState(a);
  const ok = await transition(me.id, a, 'article.archive', { status: 'ARCHIVED', unpublishAt: null, publishAt: null }, { to: 'author', title: `Tin bài “${a.title}” đã được chuyển vào lưu trữ.` });
  if (!ok) return wrongState(a);
  if (a.status === 'PUBLISHED') expireArticle(a.slug);
  refresh(a.id);
  return { status: 'success', message: 'Đã chuyển tin bài vào lưu trữ.' };
}

export async function reopenArticle(articleId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const a = await load(articleId);
  if (!a) return errorState(GONE);
  if (a.status !== 'ARCHIVED') return wrongState(a);
  const ok = await transition(me.id, a, 'article.reopen', { status: 'DRAFT' }, { to: 'author', title: `Tin bài “${a.title}” được mở lại để sửa.` });
  if (!ok) return wrongState(a);
  refresh(a.id);
  return { status: 'success', message: 'Đã mở lại tin bài thành bản nháp.' };
}

/**
 * A new version of a live article, prepared and reviewed without touching what the public sees:
 * a copy (draftOfId = the live article) that replaces the live content when it is published.
 */
export async function startNewVersion(articleId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const a = await prisma.article.findUnique({ where: { id: articleId }, select: { ...contentSelect, pendingDraft: { select: { id: true } } } });
  if (!a) return errorState(GONE);
  if (a.pendingDraft) redirect(link(a.pendingDraft.id));
  if (a.status !== 'PUBLISHED' || a.draftOfId != null) return wrongState(a);
  const draftId = await createPendingVersion(me.id, a, { title: a.title, summary: a.summary, body: a.body, ...detailsOf(a) }, 'Tạo bản sửa đổi');
  if (draftId == null) return errorState('Tin bài này đã có một bản sửa đổi. Hãy tải lại trang.');
  refresh(a.id);
  redirect(link(draftId));
}

async function createPendingVersion(actorId: number, live: Loaded, content: { title: string; summary: string; body: string } & RevisionDetails, note: string): Promise<number | null> {
  const { organizationIds, ...fields } = content;
  try {
    return await prisma.$transaction(async (tx) => {
      const draft = await tx.article.create({
        data: {
          ...fields,
          slug: `${live.slug.slice(0, 150)}-ban-sua-${Date.now().toString(36)}`,
          status: 'DRAFT',
          draftOfId: live.id,
          authorId: actorId,
          organizations: { create: organizationIds.map((organizationId) => ({ organizationId })) },
        },
        select: { id: true },
      });
      await recordRevision(tx, draft.id, content, actorId, note);
      await recordAudit(tx, { userId: actorId, action: 'article.newDraft', entity: 'Article', entityId: String(live.id), after: { draftId: draft.id } });
      return draft.id;
    });
  } catch (error) {
    // Unique draftOfId: a colleague started one at the same moment.
    if (error instanceof Error && 'code' in error && (error as { code?: string }).code === 'P2002') return null;
    throw error;
  }
}

export async function discardNewVersion(articleId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const a = await load(articleId);
  if (!a) return errorState(GONE);
  if (a.draftOfId == null || a.status === 'SCHEDULED') return wrongState(a);
  const liveId = a.draftOfId;
  await prisma.$transaction(async (tx) => {
    await tx.article.delete({ where: { id: a.id } });
    await recordAudit(tx, { userId: me.id, action: 'article.discardDraft', entity: 'Article', entityId: String(liveId), before: { draftId: a.id, title: a.title } });
  });
  refresh(liveId);
  redirect(link(liveId));
}

/**
 * Brings back an earlier revision as a new one (history is never rewritten). On a live article
 * the restored text goes into its pending new version (made if needed), never straight online.
 */
export async function restoreRevision(articleId: number, revisionId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('article.write');
  const [a, revision] = await Promise.all([
    prisma.article.findUnique({ where: { id: articleId }, select: { ...contentSelect, pendingDraft: { select: { id: true } } } }),
    prisma.articleRevision.findFirst({ where: { id: revisionId, articleId }, select: { id: true, title: true, summary: true, body: true, details: true, createdAt: true } }),
  ]);
  if (!a) return errorState(GONE);
  if (!revision) return errorState('Phiên bản không còn tồn tại.');
  const details = await validDetails(revision.details, detailsOf(a));
  const content = { title: revision.title, summary: revision.summary, body: revision.body, ...details };
  const note = `Khôi phục phiên bản lúc ${formatDateTime(revision.createdAt)}`;

  if (a.status === 'PUBLISHED' && a.draftOfId == null) {
    if (a.pendingDraft) return errorState('Tin bài đã có một bản sửa đổi đang soạn: hãy khôi phục trong bản sửa đổi đó, hoặc bỏ nó trước.');
    const draftId = await createPendingVersion(me.id, a, content, note);
    if (draftId == null) return errorState('Tin bài này đã có một bản sửa đổi. Hãy tải lại trang.');
    await recordAudit(prisma, { userId: me.id, action: 'article.restoreRevision', entity: 'Article', entityId: String(a.id), after: { revisionId: revision.id, draftId } });
    refresh(a.id);
    redirect(link(draftId));
  }
  if (!EDITABLE.includes(a.status)) return wrongState(a);

  const { organizationIds, ...fields } = content;
  await prisma.$transaction(async (tx) => {
    await tx.article.update({ where: { id: a.id }, data: { ...fields, organizations: { deleteMany: {}, create: organizationIds.map((organizationId) => ({ organizationId })) } } });
    await recordRevision(tx, a.id, content, me.id, note);
    await recordAudit(tx, { userId: me.id, action: 'article.restoreRevision', entity: 'Article', entityId: String(a.id), before: { title: a.title }, after: { title: content.title, revisionId: revision.id } });
  });
  refresh(a.id);
  return { status: 'success', message: 'Đã khôi phục phiên bản (lưu thành một phiên bản mới).' };
}

/** A revision's details, keeping the current value wherever what it names no longer exists. */
async function validDetails(stored: unknown, current: RevisionDetails): Promise<RevisionDetails> {
  if (!stored || typeof stored !== 'object') return current;
  const d = stored as Partial<RevisionDetails>;
  const out: RevisionDetails = { ...current };
  if (typeof d.categoryId === 'number' && (await prisma.category.count({ where: { id: d.categoryId } }))) out.categoryId = d.categoryId;
  if (d.coverMediaId === null || (typeof d.coverMediaId === 'number' && (await prisma.media.count({ where: { id: d.coverMediaId } })))) out.coverMediaId = d.coverMediaId ?? null;
  if (d.coverCaption === null || typeof d.coverCaption === 'string') out.coverCaption = d.coverCaption ?? null;
  if (d.sourceLine === null || typeof d.sourceLine === 'string') out.sourceLine = d.sourceLine ?? null;
  if (Array.isArray(d.tags)) out.tags = d.tags.filter((t): t is string => typeof t === 'string');
  if (typeof d.featured === 'boolean') out.featured = d.featured;
  if (typeof d.commentsEnabled === 'boolean') out.commentsEnabled = d.commentsEnabled;
  if (Array.isArray(d.organizationIds)) {
    const ids = d.organizationIds.filter((n): n is number => typeof n === 'number');
    out.organizationIds = (await prisma.organization.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((o) => o.id);
  }
  return out;
}

export type PreviewState = { status: 'idle' } | { status: 'success'; url: string; expiresAt: string } | { status: 'error'; message: string };

/** A signed preview link (24 hours) for someone without an account; audited, nothing stored. */
export async function createPreviewLink(articleId: number, _previous: PreviewState, _formData: FormData): Promise<PreviewState> {
  const me = await requirePermission('article.write');
  const a = await prisma.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!a) return { status: 'error', message: GONE };
  const { token, expiresAt } = signPreviewToken(a.id);
  await recordAudit(prisma, { userId: me.id, action: 'article.preview', entity: 'Article', entityId: String(a.id), after: { expiresAt: expiresAt.toISOString() } });
  return { status: 'success', url: absoluteUrl(`/xem-truoc/${token}`), expiresAt: expiresAt.toISOString() };
}
