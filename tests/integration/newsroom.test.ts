import { spawn } from 'node:child_process';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { createArticle as createArticleAction, updateArticle } from '@/lib/articles/actions';
import { signPreviewToken, verifyPreviewToken } from '@/lib/articles/preview';
import { getArticleBySlug } from '@/lib/articles/queries';
import { runArticleSchedule } from '@/lib/articles/scheduler';
import {
  archiveArticle,
  createPreviewLink,
  publishArticle,
  restoreRevision,
  returnArticle,
  startNewVersion,
  submitArticle,
  unpublishArticle,
} from '@/lib/articles/workflow-actions';
import { prisma } from '@/lib/db';
import { createArticle, createCategory, createOrganization, createUser } from '@/prisma/seed/factories';
import { actAs, form, FORBIDDEN, REDIRECT, takeRevalidated } from '@/tests/setup/session';

const idle = { status: 'idle' } as const;

let staff: { id: number };
let editor: { id: number };
let categoryId: number;
let organizationId: number;

beforeAll(async () => {
  staff = await createUser(prisma, { role: 'STAFF', name: 'Cán bộ Viết' });
  editor = await createUser(prisma, { role: 'EDITOR', name: 'Biên tập Duyệt' });
  categoryId = (await createCategory(prisma, { name: 'Tin hoạt động' })).id;
  organizationId = (await createOrganization(prisma, { name: 'Hợp tác xã Nông nghiệp Tân Hiệp' })).id;
});

function articleForm(overrides: Record<string, string | string[]> = {}) {
  return form({
    title: 'Hội nghị sơ kết kinh tế tập thể 6 tháng',
    summary: 'Liên minh HTX tỉnh sơ kết 6 tháng đầu năm.',
    categoryId: String(categoryId),
    body: '<p>Toàn văn <strong>báo cáo</strong>.</p>',
    sourceLine: 'Minh Anh',
    tags: 'kinh tế tập thể, sơ kết',
    organizationIds: [String(organizationId)],
    ...overrides,
  });
}

async function writeAsStaff(title: string, body = '<p>Nội dung bài viết.</p>'): Promise<number> {
  actAs(staff);
  await expect(createArticleAction(idle, articleForm({ title, body }))).rejects.toThrow(REDIRECT);
  const row = await prisma.article.findFirstOrThrow({ where: { title }, select: { id: true } });
  return row.id;
}

const auditCount = (id: number, action: string) => prisma.auditLog.count({ where: { entity: 'Article', entityId: String(id), action } });

describe('writing and the allow-list at save time', () => {
  it('stores a cleaned body, tags, linked cooperatives and a first revision', async () => {
    const id = await writeAsStaff('Bài có mã độc', '<p onclick="alert(1)" style="position:fixed">Chữ</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><img src="https://evil.example/a.png">');
    const a = await prisma.article.findUniqueOrThrow({ where: { id }, include: { organizations: true, revisions: true } });
    expect(a.body).toBe('<p>Chữ</p><a>x</a>');
    expect(a.status).toBe('DRAFT');
    expect(a.authorId).toBe(staff.id);
    expect(a.tags).toEqual(['kinh tế tập thể', 'sơ kết']);
    expect(a.organizations.map((o) => o.organizationId)).toEqual([organizationId]);
    expect(a.revisions).toHaveLength(1);
    expect(a.slug).toBe('bai-co-ma-doc');
  });

  it('refuses an empty body and keeps what was typed', async () => {
    actAs(staff);
    const state = await createArticleAction(idle, articleForm({ title: 'Bài rỗng', body: '<p><script>x</script></p>' }));
    expect(state.status).toBe('error');
    if (state.status === 'error') {
      expect(state.fieldErrors.body).toBe('Vui lòng nhập nội dung bài viết.');
      expect(state.values?.title).toBe('Bài rỗng');
    }
  });
});

describe('workflow', () => {
  it('staff cannot publish: refused, and nothing changes', async () => {
    const id = await writeAsStaff('Bài cán bộ tự đăng');
    actAs(staff);
    await expect(publishArticle(id, idle, form({ when: 'now', reason: 'Gấp' }))).rejects.toThrow(FORBIDDEN);
    await expect(unpublishArticle(id, idle, form({ when: 'now' }))).rejects.toThrow(FORBIDDEN);
    await expect(archiveArticle(id, idle, form({}))).rejects.toThrow(FORBIDDEN);
    const a = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(a.status).toBe('DRAFT');
    expect(a.publishedAt).toBeNull();
    expect(await auditCount(id, 'article.publish')).toBe(0);
    expect(takeRevalidated().tags).toEqual([]);
  });

  it('submit notifies the editors; publishing from review needs no reason and expires exactly the article pages', async () => {
    const id = await writeAsStaff('Bài gửi duyệt');
    actAs(staff);
    expect(await submitArticle(id, idle, form({}))).toMatchObject({ status: 'success' });
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe('IN_REVIEW');
    const forEditor = await prisma.notification.findMany({ where: { userId: editor.id, kind: 'article.submit' } });
    expect(forEditor.map((n) => n.link)).toContain(`/quan-tri/tin-bai/${id}`);
    expect(await prisma.notification.count({ where: { userId: staff.id, kind: 'article.submit' } })).toBe(0);

    actAs(editor);
    expect(await publishArticle(id, idle, form({ when: 'now' }))).toMatchObject({ status: 'success' });
    const a = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(a.status).toBe('PUBLISHED');
    expect(a.publishedAt).not.toBeNull();
    expect(takeRevalidated().tags.sort()).toEqual(['article:bai-gui-duyet', 'articles']);
    expect(await getArticleBySlug('bai-gui-duyet')).not.toBeNull();
    expect(await auditCount(id, 'article.submit')).toBe(1);
    expect(await auditCount(id, 'article.publish')).toBe(1);
    expect(await prisma.notification.count({ where: { userId: staff.id, kind: 'article.publish' } })).toBe(1);
  });

  it('publishing a draft without review needs a stated reason, kept and audited', async () => {
    const id = await writeAsStaff('Bài đăng gấp');
    actAs(editor);
    const refused = await publishArticle(id, idle, form({ when: 'now', reason: ' ' }));
    expect(refused).toMatchObject({ status: 'error', fieldErrors: { reason: 'Xuất bản không qua duyệt: vui lòng nêu lý do.' } });
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
    expect(await publishArticle(id, idle, form({ when: 'now', reason: 'Thông báo khẩn của UBND tỉnh' }))).toMatchObject({ status: 'success' });
    const a = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(a.publishReason).toBe('Thông báo khẩn của UBND tỉnh');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: String(id), action: 'article.publish' } });
    expect(audit.after).toMatchObject({ status: 'PUBLISHED', reason: 'Thông báo khẩn của UBND tỉnh' });
  });

  it('returning needs a reason and tells the writer', async () => {
    const id = await writeAsStaff('Bài cần sửa');
    actAs(staff);
    await submitArticle(id, idle, form({}));
    actAs(editor);
    expect(await returnArticle(id, idle, form({ reason: '' }))).toMatchObject({ status: 'error' });
    expect(await returnArticle(id, idle, form({ reason: 'Thiếu số liệu' }))).toMatchObject({ status: 'success' });
    expect((await prisma.article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
    const note = await prisma.notification.findFirstOrThrow({ where: { userId: staff.id, kind: 'article.return' } });
    expect(note.title).toContain('Thiếu số liệu');
  });

  it('a scheduled unpublish takes the article down once, at its time', async () => {
    const a = await createArticle(prisma, { categoryId, title: 'Thông báo có hạn', authorId: staff.id, publishedAt: new Date(Date.now() - 3_600_000) });
    actAs(editor);
    const at = new Date(Date.now() + 2 * 3_600_000);
    const local = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
    expect(await unpublishArticle(a.id, idle, form({ when: 'later', at: local }))).toMatchObject({ status: 'success' });
    expect((await runArticleSchedule(prisma)).unpublished).toEqual([]);
    const later = new Date(at.getTime() + 60_000);
    expect((await runArticleSchedule(prisma, later)).unpublished).toEqual([{ id: a.id, slug: a.slug }]);
    expect((await runArticleSchedule(prisma, later)).unpublished).toEqual([]);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('UNPUBLISHED');
    expect(await auditCount(a.id, 'article.unpublish')).toBe(1);
  });
});

describe('a new version of a live article', () => {
  it('is written and scheduled without touching the live one, then replaces it at its time', async () => {
    const live = await createArticle(prisma, { categoryId, title: 'Giá lúa tuần này', authorId: staff.id, publishedAt: new Date(Date.now() - 86_400_000) });
    actAs(staff);
    await expect(startNewVersion(live.id, idle, form({}))).rejects.toThrow(REDIRECT);
    const draft = await prisma.article.findFirstOrThrow({ where: { draftOfId: live.id } });
    expect(draft.status).toBe('DRAFT');

    const saved = await updateArticle(draft.id, draft.updatedAt.toISOString(), idle, articleForm({ title: 'Giá lúa tuần này (cập nhật)', body: '<p>Giá mới.</p>' }));
    expect(saved).toMatchObject({ status: 'success' });
    // The live article is as it was.
    expect((await getArticleBySlug(live.slug))?.title).toBe('Giá lúa tuần này');
    // Editing the live row itself is refused.
    const refused = await updateArticle(live.id, live.updatedAt.toISOString(), idle, articleForm({ title: 'Sửa thẳng' }));
    expect(refused).toMatchObject({ status: 'error' });

    await submitArticle(draft.id, idle, form({}));
    actAs(editor);
    const at = new Date(Date.now() + 3_600_000);
    const local = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
    expect(await publishArticle(draft.id, idle, form({ when: 'later', at: local }))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual([]);
    expect((await runArticleSchedule(prisma)).published).toEqual([]);

    const result = await runArticleSchedule(prisma, new Date(at.getTime() + 1000));
    expect(result.published).toEqual([{ id: live.id, slug: live.slug }]);
    const after = await getArticleBySlug(live.slug);
    expect(after?.title).toBe('Giá lúa tuần này (cập nhật)');
    expect(after?.body).toBe('<p>Giá mới.</p>');
    expect(await prisma.article.count({ where: { id: draft.id } })).toBe(0);
    // The version's history moved to the live article.
    expect(await prisma.articleRevision.count({ where: { articleId: live.id } })).toBeGreaterThanOrEqual(3);
  });
});

describe('revisions', () => {
  it('restoring one brings back its content as a new revision, audited', async () => {
    const id = await writeAsStaff('Bài nhiều phiên bản', '<p>Bản một.</p>');
    actAs(staff);
    let a = await prisma.article.findUniqueOrThrow({ where: { id } });
    await updateArticle(id, a.updatedAt.toISOString(), idle, articleForm({ title: 'Bài nhiều phiên bản', body: '<p>Bản hai.</p>', featured: 'on', tags: 'mới' }));
    a = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(a.body).toBe('<p>Bản hai.</p>');
    expect(a.featured).toBe(true);
    const revisions = await prisma.articleRevision.findMany({ where: { articleId: id }, orderBy: { id: 'asc' } });
    expect(revisions).toHaveLength(2);

    expect(await restoreRevision(id, revisions[0].id, idle, form({}))).toMatchObject({ status: 'success' });
    a = await prisma.article.findUniqueOrThrow({ where: { id } });
    expect(a.body).toBe('<p>Bản một.</p>');
    expect(a.featured).toBe(false);
    expect(a.tags).toEqual(['kinh tế tập thể', 'sơ kết']);
    expect(await prisma.articleRevision.count({ where: { articleId: id } })).toBe(3);
    expect(await auditCount(id, 'article.restoreRevision')).toBe(1);
    // A revision of another article is not found through this one.
    const other = await writeAsStaff('Bài khác');
    actAs(staff);
    expect(await restoreRevision(other, revisions[0].id, idle, form({}))).toMatchObject({ status: 'error' });
  });
});

describe('preview links', () => {
  it('are signed, expire after 24 hours and refuse tampering', async () => {
    const id = await writeAsStaff('Bài xem trước');
    actAs(staff);
    const made = await createPreviewLink(id, idle, form({}));
    expect(made.status).toBe('success');
    const token = made.status === 'success' ? made.url.split('/xem-truoc/')[1] : '';
    expect(verifyPreviewToken(token)).toMatchObject({ ok: true, articleId: id });

    const now = Date.now();
    const { token: t } = signPreviewToken(id, now);
    expect(verifyPreviewToken(t, now + 23 * 3_600_000)).toMatchObject({ ok: true });
    expect(verifyPreviewToken(t, now + 24 * 3_600_000 + 1000)).toEqual({ ok: false, reason: 'expired' });

    const [articleId, exp, sig] = t.split('.');
    expect(verifyPreviewToken(`${Number(articleId) + 1}.${exp}.${sig}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyPreviewToken(`${articleId}.${Number(exp) + 86_400}.${sig}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyPreviewToken(`${articleId}.${exp}.${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyPreviewToken('../../etc/passwd')).toEqual({ ok: false, reason: 'invalid' });
    // Signed with another secret: refused.
    const secret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = 'another-secret';
    const { token: foreign } = signPreviewToken(id, now);
    process.env.NEXTAUTH_SECRET = secret;
    expect(verifyPreviewToken(foreign, now)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the scheduler with two app processes', () => {
  it('publishes each due article exactly once, on time', async () => {
    const author = await createUser(prisma, { role: 'STAFF' });
    const dueAt = new Date(Date.now() + 4000);
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await createArticle(prisma, { categoryId, title: `Tin hẹn giờ số ${i + 1}`, status: 'SCHEDULED', publishAt: dueAt, authorId: author.id });
      ids.push(a.id);
    }
    const worker = path.join(import.meta.dirname, 'helpers/schedule-worker.ts');
    const env = { ...process.env, START_AT: String(dueAt.getTime() - 1500), STOP_AT: String(dueAt.getTime() + 5000) };
    const run = () =>
      new Promise<{ published: number; passes: number }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker], { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`worker exited ${code}: ${err}`))));
      });
    const results = await Promise.all([run(), run()]);
    // Both processes were really polling, and between them they published each article once.
    for (const r of results) expect(r.passes).toBeGreaterThan(5);
    expect(results[0].published + results[1].published).toBe(ids.length);

    const rows = await prisma.article.findMany({ where: { id: { in: ids } }, select: { status: true, publishedAt: true, publishAt: true } });
    for (const row of rows) {
      expect(row.status).toBe('PUBLISHED');
      expect(row.publishedAt?.getTime()).toBe(dueAt.getTime());
      expect(row.publishAt).toBeNull();
    }
    for (const id of ids) {
      const audits = await prisma.auditLog.findMany({ where: { entity: 'Article', entityId: String(id), action: 'article.publish' } });
      expect(audits).toHaveLength(1);
      // Not early, and within moments of the due time (the workers poll every 25 ms; the margin is
      // for a loaded 2-core machine).
      expect(audits[0].createdAt.getTime()).toBeGreaterThanOrEqual(dueAt.getTime());
      expect(audits[0].createdAt.getTime()).toBeLessThan(dueAt.getTime() + 5000);
    }
    expect(await prisma.notification.count({ where: { userId: author.id, kind: 'article.publish' } })).toBe(ids.length);
  });
});
