import { actAs, form, FORBIDDEN, takeRevalidated } from '../setup/session';

import { beforeAll, describe, expect, it } from 'vitest';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { newFeedbackCode } from '@/lib/feedback/code';
import { assignFeedback, closeFeedback, markFeedbackSpam, reopenFeedback, replyFeedback } from '@/lib/feedback/inbox-actions';
import { getFeedbackStatusCounts, getInboxPage, parseInboxFilters } from '@/lib/feedback/inbox-queries';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

async function newFeedback(subject = 'Hỏi thủ tục thành lập hợp tác xã') {
  return prisma.feedback.create({
    data: { code: newFeedbackCode(), name: 'Nguyễn Văn Lợi', phone: '0918234567', subject, message: 'Xin hướng dẫn thủ tục.' },
  });
}

const audits = (id: number) => prisma.auditLog.findMany({ where: { entity: 'Feedback', entityId: String(id) }, orderBy: { id: 'asc' } });

describe('role checks', () => {
  it('lets admins, editors and staff handle feedback; refuses leaders and district officers', async () => {
    const f = await newFeedback();
    for (const role of ['LEADER', 'DISTRICT_OFFICER'] as const) {
      actAs(fx.users[role]);
      await expect(assignFeedback(f.id, idle, form({ assignedToId: String(fx.users.STAFF.id) }))).rejects.toThrow(FORBIDDEN);
      await expect(replyFeedback(f.id, f.updatedAt.toISOString(), idle, form({ reply: 'X', replyPublished: 'on' }))).rejects.toThrow(FORBIDDEN);
      await expect(markFeedbackSpam(f.id, idle, form({}))).rejects.toThrow(FORBIDDEN);
      await expect(closeFeedback(f.id, idle, form({}))).rejects.toThrow(FORBIDDEN);
      await expect(reopenFeedback(f.id, idle, form({}))).rejects.toThrow(FORBIDDEN);
    }
    expect(await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ status: 'NEW', reply: null, assignedToId: null });
    expect(await audits(f.id)).toHaveLength(0);
    for (const role of ['ADMIN', 'EDITOR', 'STAFF'] as const) {
      actAs(fx.users[role]);
      expect((await closeFeedback(f.id, idle, form({}))).status).toBe('success');
      expect((await reopenFeedback(f.id, idle, form({}))).status).toBe('success');
    }
  });
});

describe('handling a feedback', () => {
  it('assigns, answers with a published reply, closes and reopens, auditing each step and expiring the tracking page', async () => {
    const f = await newFeedback();
    actAs(fx.users.ADMIN);
    const assigned = await assignFeedback(f.id, idle, form({ assignedToId: String(fx.users.STAFF.id) }));
    expect(assigned).toMatchObject({ status: 'success', message: `Đã giao cho ${fx.users.STAFF.name}.` });
    expect(await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).toMatchObject({ assignedToId: fx.users.STAFF.id, status: 'IN_PROGRESS' });
    const revalidated = takeRevalidated();
    expect(revalidated.tags).toEqual([`feedback:${f.code}`]);
    expect(revalidated.paths).toContain('/quan-tri/y-kien');

    actAs(fx.users.STAFF);
    const seen = (await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).updatedAt.toISOString();
    const reply = 'Theo Luật Hợp tác xã năm 2023, hợp tác xã cần ít nhất 05 thành viên chính thức.'.normalize('NFD');
    const answered = await replyFeedback(f.id, seen, idle, form({ reply, replyPublished: 'on' }));
    expect(answered).toMatchObject({ status: 'success', message: expect.stringContaining('công khai') });
    const row = await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } });
    expect(row).toMatchObject({ status: 'ANSWERED', reply: reply.normalize('NFC'), replyPublished: true, repliedById: fx.users.STAFF.id });
    expect(row.repliedAt).toBeInstanceOf(Date);
    expect(takeRevalidated().tags).toEqual([`feedback:${f.code}`]);

    const close = await closeFeedback(f.id, idle, form({}));
    expect(close.status).toBe('success');
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).status).toBe('CLOSED');
    const reopen = await reopenFeedback(f.id, idle, form({}));
    expect(reopen.status).toBe('success');
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).status).toBe('IN_PROGRESS');

    const rows = await audits(f.id);
    expect(rows.map((r) => [r.action, r.userId])).toEqual([
      ['feedback.assign', fx.users.ADMIN.id],
      ['feedback.reply', fx.users.STAFF.id],
      ['feedback.close', fx.users.STAFF.id],
      ['feedback.reopen', fx.users.STAFF.id],
    ]);
    expect(rows[0].before).toEqual({ assignedToId: null, status: 'NEW' });
    expect(rows[0].after).toEqual({ assignedToId: fx.users.STAFF.id, status: 'IN_PROGRESS' });
    expect(rows[1].after).toMatchObject({ reply: reply.normalize('NFC'), replyPublished: true, status: 'ANSWERED', repliedById: fx.users.STAFF.id });
    expect(rows[2]).toMatchObject({ before: { status: 'ANSWERED' }, after: { status: 'CLOSED' } });
  });

  it('withdraws publication, refuses a stale answer, and keeps typed text on errors', async () => {
    const f = await newFeedback();
    actAs(fx.users.EDITOR);
    const first = await replyFeedback(f.id, f.updatedAt.toISOString(), idle, form({ reply: 'Trả lời lần đầu', replyPublished: 'on' }));
    expect(first.status).toBe('success');
    // A second person, on the page opened before the first answer, is refused with the reason.
    const stale = await replyFeedback(f.id, f.updatedAt.toISOString(), idle, form({ reply: 'Trả lời khác', replyPublished: 'on' }));
    expect(stale).toMatchObject({ status: 'error', message: expect.stringContaining('vừa được cập nhật'), values: { reply: 'Trả lời khác' } });
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).reply).toBe('Trả lời lần đầu');

    const current = (await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).updatedAt.toISOString();
    const unpublish = await replyFeedback(f.id, current, idle, form({ reply: 'Trả lời lần đầu' }));
    expect(unpublish).toMatchObject({ status: 'success', message: expect.stringContaining('không công khai') });
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).replyPublished).toBe(false);

    const empty = await replyFeedback(f.id, current, idle, form({ reply: '   ' }));
    expect(empty).toMatchObject({ status: 'error', fieldErrors: { reply: 'Vui lòng nhập nội dung trả lời.' } });
    const long = await replyFeedback(f.id, current, idle, form({ reply: 'a'.repeat(5001) }));
    expect(long).toMatchObject({ status: 'error', fieldErrors: { reply: expect.stringContaining('dài quá') } });
  });

  it('marks spam (withdrawing a published answer), refuses to answer spam, and only assigns to feedback handlers', async () => {
    const f = await newFeedback('Quảng cáo');
    actAs(fx.users.STAFF);
    await replyFeedback(f.id, f.updatedAt.toISOString(), idle, form({ reply: 'Đã nhận', replyPublished: 'on' }));
    expect((await markFeedbackSpam(f.id, idle, form({}))).status).toBe('success');
    const row = await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } });
    expect(row).toMatchObject({ status: 'SPAM', replyPublished: false });
    expect(takeRevalidated().tags).toEqual([`feedback:${f.code}`]);
    const onSpam = await replyFeedback(f.id, row.updatedAt.toISOString(), idle, form({ reply: 'X' }));
    expect(onSpam).toMatchObject({ status: 'error', message: expect.stringContaining('thư rác') });
    expect(await markFeedbackSpam(f.id, idle, form({}))).toMatchObject({ status: 'error' });

    const toLeader = await assignFeedback(f.id, idle, form({ assignedToId: String(fx.users.LEADER.id) }));
    expect(toLeader).toMatchObject({ status: 'error', fieldErrors: { assignedToId: 'Người này không thể nhận xử lý ý kiến.' } });
    const bogus = await assignFeedback(f.id, idle, form({ assignedToId: 'abc' }));
    expect(bogus).toMatchObject({ status: 'error', fieldErrors: { assignedToId: 'Người xử lý không hợp lệ.' } });
    expect(await assignFeedback(999_999, idle, form({ assignedToId: '' }))).toMatchObject({ status: 'error', message: 'Ý kiến không còn tồn tại.' });
  });
});

describe('inbox queries', () => {
  it('counts per status, filters by status, assignee and search (code included), and hides spam by default', async () => {
    const target = await newFeedback('Đề nghị mở lớp tập huấn kế toán');
    actAs(fx.users.ADMIN);
    await assignFeedback(target.id, idle, form({ assignedToId: String(fx.users.ADMIN.id) }));
    const counts = await getFeedbackStatusCounts();
    const total = await prisma.feedback.count();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts.SPAM).toBeGreaterThanOrEqual(1);

    const all = await getInboxPage(parseInboxFilters({}), fx.users.ADMIN.id);
    expect(all.total).toBe(total - counts.SPAM);
    const spam = await getInboxPage(parseInboxFilters({ 'trang-thai': 'thu-rac' }), fx.users.ADMIN.id);
    expect(spam.items.every((i) => i.status === 'SPAM')).toBe(true);
    const byText = await getInboxPage(parseInboxFilters({ q: 'tập huấn KẾ TOÁN' }), fx.users.ADMIN.id);
    expect(byText.items.map((i) => i.id)).toEqual([target.id]);
    const byCode = await getInboxPage(parseInboxFilters({ q: target.code.replace(/-/g, '').toLowerCase() }), fx.users.ADMIN.id);
    expect(byCode.items.map((i) => i.id)).toEqual([target.id]);
    const mine = await getInboxPage(parseInboxFilters({ 'phu-trach': 'toi' }), fx.users.ADMIN.id);
    expect(mine.items.map((i) => i.id)).toContain(target.id);
    expect(mine.items.every((i) => i.assignedTo?.id === fx.users.ADMIN.id)).toBe(true);
    // Nonsense in the URL is ignored, not an error.
    expect(parseInboxFilters({ 'trang-thai': "' OR 1=1", trang: '-1', q: ['a', 'b'] })).toEqual({ page: 1, status: undefined, q: 'a', mine: false });
  });
});

describe('control characters', () => {
  it('are stripped from searches and answers instead of reaching the database', async () => {
    const f = await newFeedback('Hỏi về ký tự NUL');
    actAs(fx.users.STAFF);
    const page = await getInboxPage(parseInboxFilters({ q: 'NUL\u0000' }), fx.users.STAFF.id);
    expect(page.items.map((i) => i.id)).toContain(f.id);
    const state = await replyFeedback(f.id, f.updatedAt.toISOString(), idle, form({ reply: 'Dòng 1\u0000\nDòng 2', replyPublished: 'on' }));
    expect(state.status).toBe('success');
    expect((await prisma.feedback.findUniqueOrThrow({ where: { id: f.id } })).reply).toBe('Dòng 1\nDòng 2');
  });
});
