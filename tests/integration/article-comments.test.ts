import { beforeAll, describe, expect, it } from 'vitest';

import { setRequestHeaders } from '../setup/next-runtime';
import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { createArticle as createArticleAction, updateArticle } from '@/lib/articles/actions';
import { getArticleBySlug } from '@/lib/articles/queries';
import { publishArticle, startNewVersion, submitArticle } from '@/lib/articles/workflow-actions';
import { deleteComment, publishComment, rejectComment, submitArticleComment } from '@/lib/comments/actions';
import { countPendingComments, getModerationPage, getPublishedComments } from '@/lib/comments/queries';
import { prisma } from '@/lib/db';
import { createArticle, createCategory, createUser } from '@/prisma/seed/factories';

const idle: ActionState = { status: 'idle' };
const PENDING = 'Bình luận của bạn đang chờ duyệt. Bình luận sẽ hiện dưới bài viết sau khi Ban biên tập duyệt.';

let editor: { id: number };
let admin: { id: number };
let staff: { id: number };
let leader: { id: number };
let categoryId: number;
let open: { id: number; slug: string };
let closed: { slug: string };
let draft: { slug: string };

let ipCounter = 0;
/** A client address of its own, so that the rate limit of one test never spills into another. */
function newClient(): void {
  setRequestHeaders({ 'x-real-ip': `203.0.113.${++ipCounter}` });
}

const valid = { name: 'Nguyễn Văn Lợi', contact: '0918 234 567', body: 'Bài viết rất hữu ích cho hợp tác xã chúng tôi.' };
const comment = (extra: Record<string, string> = {}) => form({ ...valid, ...extra });
const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});

async function submit(slug: string, extra: Record<string, string> = {}): Promise<ActionState> {
  actAs(null);
  return submitArticleComment(slug, idle, comment(extra));
}

beforeAll(async () => {
  editor = await createUser(prisma, { role: 'EDITOR', name: 'Biên tập Duyệt' });
  admin = await createUser(prisma, { role: 'ADMIN', name: 'Quản trị' });
  staff = await createUser(prisma, { role: 'STAFF', name: 'Cán bộ Viết' });
  leader = await createUser(prisma, { role: 'LEADER', name: 'Lãnh đạo' });
  categoryId = (await createCategory(prisma, { name: 'Tin hoạt động' })).id;
  open = await createArticle(prisma, { categoryId, title: 'Hợp tác xã tham gia hội chợ nông sản', commentsEnabled: true });
  closed = await createArticle(prisma, { categoryId, title: 'Tập huấn kế toán hợp tác xã' });
  draft = await createArticle(prisma, { categoryId, title: 'Bản nháp cho phép bình luận', status: 'DRAFT', commentsEnabled: true });
});

describe('a visitor comments on an article', () => {
  it('is refused where comments are off: a switched-off article, a draft, a junk address', async () => {
    newClient();
    for (const slug of [closed.slug, draft.slug, 'khong-co-bai-nay', 'Bad Slug\u0000']) {
      const state = await submit(slug);
      expect(state).toMatchObject({ status: 'error', message: 'Bài viết này không nhận bình luận.', values: valid });
    }
    expect(await prisma.articleComment.count()).toBe(0);
  });

  it('gets Vietnamese errors under the fields and keeps what was typed', async () => {
    newClient();
    const typed = { name: ' ', contact: 'an@', body: '   ' };
    const state = await submit(open.slug, typed);
    expect(state).toMatchObject({ status: 'error', message: 'Vui lòng kiểm tra lại các trường được đánh dấu.', values: typed });
    expect(errors(state)).toEqual({
      name: 'Vui lòng nhập họ và tên.',
      contact: 'Email hoặc số điện thoại không đúng định dạng (ví dụ: ten@example.vn hoặc 0918 234 567).',
      body: 'Vui lòng nhập nội dung bình luận.',
    });
    expect(errors(await submit(open.slug, { contact: '12345' }))).toEqual({ contact: expect.stringContaining('không đúng định dạng') });
    expect(await prisma.articleComment.count()).toBe(0);
  });

  it('is held for moderation: stored PENDING, not on the page, and nothing public is expired', async () => {
    newClient();
    const state = await submit(open.slug, { body: 'Xin hỏi <b>điều kiện</b> tham gia?\r\nCảm ơn.\u0000' });
    expect(state).toEqual({ status: 'success', message: PENDING });
    expect(takeRevalidated()).toEqual({ tags: [], paths: [] });
    const stored = await prisma.articleComment.findFirstOrThrow({ where: { articleId: open.id } });
    // Plain text as typed (the page escapes it), control characters dropped, phone normalized.
    expect(stored).toMatchObject({ name: 'Nguyễn Văn Lợi', contact: '0918234567', body: 'Xin hỏi <b>điều kiện</b> tham gia?\nCảm ơn.', state: 'PENDING', moderatedAt: null });
    expect(stored.clientHash).toMatch(/^[0-9a-f]{40}$/);
    expect(await getPublishedComments(open.id)).toEqual({ items: [], total: 0 });
    expect(await prisma.auditLog.count({ where: { action: 'comment.create', entity: 'ArticleComment', entityId: String(stored.id), userId: null } })).toBe(1);
    expect(await countPendingComments()).toBe(1);
    // An email and no contact at all are both fine.
    expect((await submit(open.slug, { name: 'Trần Thị Mỹ', contact: 'my@example.vn' })).status).toBe('success');
    expect((await submit(open.slug, { name: 'Danh Sol', contact: '' })).status).toBe('success');
    expect(await prisma.articleComment.findFirst({ where: { name: 'Danh Sol' }, select: { contact: true } })).toEqual({ contact: null });
  });

  it('answers a filled honeypot like a success but stores nothing', async () => {
    newClient();
    const before = await prisma.articleComment.count();
    const audits = await prisma.auditLog.count();
    expect(await submit(open.slug, { website: 'http://spam.example' })).toEqual({ status: 'success', message: PENDING });
    expect(await prisma.articleComment.count()).toBe(before);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it('allows 3 comments per client in 10 minutes, then refuses while keeping the text', async () => {
    newClient();
    for (let i = 0; i < 3; i++) expect((await submit(open.slug, { body: `Bình luận số ${i + 1}` })).status).toBe('success');
    const before = await prisma.articleComment.count();
    const refused = await submit(open.slug);
    expect(refused).toMatchObject({ status: 'error', message: expect.stringContaining('Bạn đã gửi nhiều bình luận trong thời gian ngắn'), values: valid });
    expect(await prisma.articleComment.count()).toBe(before);
    // Feedback and comments are counted apart, and another client is not affected.
    newClient();
    expect((await submit(open.slug)).status).toBe('success');
  });
});

describe('editors moderate', () => {
  const pendingId = async (body?: string) => (await prisma.articleComment.findFirstOrThrow({ where: { state: 'PENDING', ...(body ? { body } : {}) }, orderBy: { id: 'asc' } })).id;

  it('refuses staff and leaders, who do not hold comment.moderate', async () => {
    const id = await pendingId();
    for (const user of [staff, leader]) {
      actAs(user);
      await expect(publishComment(id, idle, form({}))).rejects.toThrow(FORBIDDEN);
      await expect(rejectComment(id, idle, form({}))).rejects.toThrow(FORBIDDEN);
      await expect(deleteComment(id, idle, form({}))).rejects.toThrow(FORBIDDEN);
    }
    expect((await prisma.articleComment.findUniqueOrThrow({ where: { id } })).state).toBe('PENDING');
  });

  it('publish: the comment shows on the article page, whose tag is expired; audited', async () => {
    const id = await pendingId();
    actAs(editor);
    expect(await publishComment(id, idle, form({}))).toEqual({ status: 'success', message: 'Đã đăng bình luận.' });
    expect(takeRevalidated()).toEqual({ tags: [`article:${open.slug}`], paths: ['/quan-tri'] });
    const shown = await getPublishedComments(open.id);
    expect(shown.total).toBe(1);
    // Name, date and text only: never the contact.
    expect(Object.keys(shown.items[0]).sort()).toEqual(['body', 'createdAt', 'id', 'name']);
    expect(shown.items[0]).toMatchObject({ name: 'Nguyễn Văn Lợi', body: 'Xin hỏi <b>điều kiện</b> tham gia?\nCảm ơn.' });
    expect(await prisma.articleComment.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: 'PUBLISHED', moderatedById: editor.id, moderatedAt: expect.any(Date) });
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'comment.publish', entityId: String(id) } });
    expect(audit).toMatchObject({ userId: editor.id, entity: 'ArticleComment', before: { state: 'PENDING' }, after: { state: 'PUBLISHED', articleId: open.id } });
    // Publishing again changes nothing and expires nothing.
    expect(await publishComment(id, idle, form({}))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual([]);
  });

  it('reject: a pending one leaves the page as it was; a published one is taken off it', async () => {
    actAs(admin);
    const pending = await pendingId('Bình luận số 1');
    expect(await rejectComment(pending, idle, form({}))).toEqual({ status: 'success', message: 'Đã từ chối bình luận.' });
    expect(takeRevalidated().tags).toEqual([]);

    const published = (await getPublishedComments(open.id)).items[0].id;
    expect(await rejectComment(published, idle, form({}))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual([`article:${open.slug}`]);
    expect((await getPublishedComments(open.id)).total).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: 'comment.reject', userId: admin.id } })).toBe(2);

    // A rejected comment can still be published after all.
    expect(await publishComment(published, idle, form({}))).toMatchObject({ status: 'success' });
    expect((await getPublishedComments(open.id)).total).toBe(1);
    takeRevalidated();
  });

  it('delete: gone for good, audited; the page is expired only when it showed the comment', async () => {
    actAs(editor);
    const pending = await pendingId('Bình luận số 2');
    expect(await deleteComment(pending, idle, form({}))).toEqual({ status: 'success', message: 'Đã xóa bình luận.' });
    expect(takeRevalidated().tags).toEqual([]);
    expect(await prisma.articleComment.count({ where: { id: pending } })).toBe(0);
    expect(await deleteComment(pending, idle, form({}))).toMatchObject({ status: 'error', message: 'Không tìm thấy bình luận; có thể đã bị xóa.' });

    const published = (await getPublishedComments(open.id)).items[0].id;
    expect(await deleteComment(published, idle, form({}))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual([`article:${open.slug}`]);
    expect(await prisma.auditLog.findFirstOrThrow({ where: { action: 'comment.delete', entityId: String(published) } })).toMatchObject({
      userId: editor.id,
      before: { state: 'PUBLISHED', articleId: open.id },
    });
  });

  it('list pending comments first, paginated, with the article', async () => {
    const page = await getModerationPage({ page: 1 });
    const states = page.items.map((c) => c.state);
    expect(states).toEqual([...states].sort((a, b) => ['PENDING', 'PUBLISHED', 'REJECTED'].indexOf(a) - ['PENDING', 'PUBLISHED', 'REJECTED'].indexOf(b)));
    expect(states[0]).toBe('PENDING');
    expect(page.items[0].article).toMatchObject({ id: open.id, slug: open.slug, title: 'Hợp tác xã tham gia hội chợ nông sản' });
    expect(page.total).toBe(await prisma.articleComment.count());
    const pendingOnly = await getModerationPage({ state: 'PENDING', page: 1 });
    expect(pendingOnly.items.every((c) => c.state === 'PENDING')).toBe(true);
    expect(pendingOnly.total).toBe(await countPendingComments());
  });
});

describe('the article editor switches comments on and off', () => {
  const articleForm = (extra: Record<string, string> = {}) =>
    form({ title: 'Hướng dẫn vay vốn Quỹ hỗ trợ phát triển HTX', summary: 'Điều kiện và hồ sơ vay vốn.', categoryId: String(categoryId), body: '<p>Nội dung.</p>', ...extra });

  it('saves the switch with the article and audits it; off by default', async () => {
    actAs(staff);
    await expect(createArticleAction(idle, articleForm())).rejects.toThrow(REDIRECT);
    const a = await prisma.article.findFirstOrThrow({ where: { title: 'Hướng dẫn vay vốn Quỹ hỗ trợ phát triển HTX' } });
    expect(a.commentsEnabled).toBe(false);
    expect(await updateArticle(a.id, a.updatedAt.toISOString(), idle, articleForm({ commentsEnabled: 'on' }))).toMatchObject({ status: 'success' });
    expect((await prisma.article.findUniqueOrThrow({ where: { id: a.id } })).commentsEnabled).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'article.update', entityId: String(a.id) } });
    expect(audit).toMatchObject({ before: { commentsEnabled: false }, after: { commentsEnabled: true } });
  });

  it('switches a live article through its new version; comments stay with the live article', async () => {
    actAs(editor);
    const live = await prisma.article.findUniqueOrThrow({ where: { id: open.id } });
    await expect(startNewVersion(live.id, idle, form({}))).rejects.toThrow(REDIRECT);
    const next = await prisma.article.findFirstOrThrow({ where: { draftOfId: live.id } });
    expect(next.commentsEnabled).toBe(true);
    const kept = await prisma.articleComment.count({ where: { articleId: live.id } });
    expect(await updateArticle(next.id, next.updatedAt.toISOString(), idle, articleForm({ title: live.title }))).toMatchObject({ status: 'success' });
    // A pending version takes no comments, and the live page still does until it is published.
    expect(await submit(next.slug)).toMatchObject({ message: 'Bài viết này không nhận bình luận.' });
    expect((await getArticleBySlug(live.slug))?.commentsEnabled).toBe(true);

    actAs(editor);
    await submitArticle(next.id, idle, form({}));
    // Publishing a new version leads back to the live article.
    await expect(publishArticle(next.id, idle, form({ when: 'now' }))).rejects.toThrow(REDIRECT);
    expect((await getArticleBySlug(live.slug))?.commentsEnabled).toBe(false);
    expect(await prisma.articleComment.count({ where: { articleId: live.id } })).toBe(kept);
    newClient();
    expect(await submit(live.slug)).toMatchObject({ status: 'error', message: 'Bài viết này không nhận bình luận.' });
  });
});
