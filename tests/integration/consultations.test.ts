import { beforeAll, describe, expect, it } from 'vitest';

import { setRequestHeaders } from '../setup/next-runtime';
import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { openConsultation, saveConsultationSummary, submitDraftComment, updateConsultationWindow } from '@/lib/consultations/actions';
import { getConsultationForStaff, getPublicConsultation } from '@/lib/consultations/queries';
import { consultationPhase } from '@/lib/consultations/schema';
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;
let docId: number;
const SLUG = 'du-thao-ke-hoach-05-kh-lmhtx';

const shift = (days: number) => {
  const d = new Date(`${todayIsoInVietnam()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});
const comment = (extra: Record<string, string> = {}) => form({ name: 'HTX Nông nghiệp Tân Hiệp', contact: '0918234567', comment: 'Đề nghị bổ sung nội dung hỗ trợ chuyển đổi số.', ...extra });

beforeAll(async () => {
  fx = await seedAdminFixture();
  const body = await prisma.issuingBody.create({ data: { name: 'Liên minh HTX tỉnh', level: 'ORGANIZATION' } });
  // A draft: not published in the library.
  docId = (
    await prisma.legalDocument.create({
      data: { slug: SLUG, number: '05/KH-LMHTX', type: 'PLAN', scope: 'UNIT', issuingBodyId: body.id, issuedOn: new Date('2026-11-01'), abstract: 'Kế hoạch hỗ trợ HTX chuyển đổi số', published: false },
    })
  ).id;
});

describe('draft consultations', () => {
  it('phases by the day in Vietnam, both ends included', () => {
    const w = { opensOn: new Date('2026-12-01'), closesOn: new Date('2026-12-15') };
    expect([consultationPhase(w, '2026-11-30'), consultationPhase(w, '2026-12-01'), consultationPhase(w, '2026-12-15'), consultationPhase(w, '2026-12-16')]).toEqual([
      'upcoming',
      'open',
      'open',
      'closed',
    ]);
  });

  it('are opened by editors on a document, with a valid window', async () => {
    actAs(fx.users.STAFF);
    await expect(openConsultation(docId, idle, form({ opensOn: shift(0), closesOn: shift(10) }))).rejects.toThrow(FORBIDDEN);
    actAs(fx.users.EDITOR);
    expect(errors(await openConsultation(docId, idle, form({ opensOn: shift(5), closesOn: shift(1) })))).toEqual({ closesOn: 'Ngày kết thúc không được trước ngày bắt đầu.' });
    await expect(openConsultation(docId, idle, form({ opensOn: shift(1), closesOn: shift(10) }))).rejects.toThrow(REDIRECT);
    expect(takeRevalidated().tags.sort()).toEqual([`consultation:${SLUG}`, 'consultations']);
    expect(await openConsultation(docId, idle, form({ opensOn: shift(1), closesOn: shift(10) }))).toMatchObject({ message: 'Văn bản này đã có đợt lấy ý kiến.' });
    // The public page shows the draft although it is not in the library.
    expect(await getPublicConsultation(SLUG)).toMatchObject({ legalDocument: { number: '05/KH-LMHTX', published: false } });
  });

  it('take public comments only while open, with a honeypot and a rate limit', async () => {
    actAs(null);
    setRequestHeaders({ 'x-real-ip': '203.113.1.10' });
    expect(await submitDraftComment(SLUG, idle, comment())).toMatchObject({ status: 'error', message: expect.stringContaining('ngoài thời gian lấy ý kiến') });
    const c = await prisma.draftConsultation.findFirstOrThrow();
    actAs(fx.users.EDITOR);
    await updateConsultationWindow(c.id, idle, form({ opensOn: shift(0), closesOn: shift(10) }));
    actAs(null);

    expect(errors(await submitDraftComment(SLUG, idle, comment({ name: '', contact: '', comment: ' ' })))).toEqual({
      name: 'Vui lòng nhập họ và tên hoặc tên cơ quan, đơn vị.',
      contact: 'Vui lòng nhập số điện thoại hoặc email để liên hệ khi cần.',
      comment: 'Vui lòng nhập ý kiến góp ý.',
    });
    // A bot filling the hidden field is thanked and nothing is stored.
    expect(await submitDraftComment(SLUG, idle, comment({ website: 'http://spam.example' }))).toMatchObject({ status: 'success' });
    expect(await prisma.draftComment.count()).toBe(0);

    for (let i = 0; i < 3; i++) expect((await submitDraftComment(SLUG, idle, comment({ comment: `Góp ý số ${i + 1}` }))).status).toBe('success');
    expect(await submitDraftComment(SLUG, idle, comment())).toMatchObject({ status: 'error', message: expect.stringContaining('nhiều ý kiến trong thời gian ngắn') });
    setRequestHeaders({ 'x-real-ip': '203.113.1.11' });
    expect((await submitDraftComment(SLUG, idle, comment({ name: 'Nguyễn Văn Lợi', contact: 'loi@example.vn' }))).status).toBe('success');

    const staff = await getConsultationForStaff(c.id, 1);
    expect(staff?.comments.total).toBe(4);
    expect(staff?.comments.items.map((m) => m.comment)).toEqual(['Góp ý số 1', 'Góp ý số 2', 'Góp ý số 3', 'Đề nghị bổ sung nội dung hỗ trợ chuyển đổi số.']);
    expect(await prisma.auditLog.count({ where: { action: 'consultation.comment', userId: null } })).toBe(4);
  });

  it('publish a summary only after the window has closed', async () => {
    actAs(fx.users.EDITOR);
    const c = await prisma.draftConsultation.findFirstOrThrow();
    const early = await saveConsultationSummary(c.id, idle, form({ summary: 'Nhận 4 ý kiến.', publishSummary: 'on' }));
    expect(early).toMatchObject({ status: 'error', message: 'Chỉ công bố bản tổng hợp sau khi hết hạn góp ý.' });
    expect(await saveConsultationSummary(c.id, idle, form({ summary: 'Nhận 4 ý kiến.' }))).toMatchObject({ message: 'Đã lưu bản tổng hợp (chưa công bố).' });
    await updateConsultationWindow(c.id, idle, form({ opensOn: shift(-10), closesOn: shift(-1) }));
    takeRevalidated();
    expect(errors(await saveConsultationSummary(c.id, idle, form({ summary: '', publishSummary: 'on' })))).toEqual({ summary: 'Nhập nội dung tổng hợp trước khi công bố.' });
    const published = await saveConsultationSummary(c.id, idle, form({ summary: 'Nhận 4 ý kiến; tiếp thu ý kiến về chuyển đổi số.', publishSummary: 'on' }));
    expect(published).toMatchObject({ status: 'success', message: 'Đã công bố bản tổng hợp ý kiến.' });
    expect(takeRevalidated().tags.sort()).toEqual([`consultation:${SLUG}`, 'consultations']);
    expect(await getPublicConsultation(SLUG)).toMatchObject({ summary: 'Nhận 4 ý kiến; tiếp thu ý kiến về chuyển đổi số.', summaryPublishedAt: expect.any(Date) });
    actAs(null);
    expect(await submitDraftComment(SLUG, idle, comment())).toMatchObject({ status: 'error' });
    const actions = (await prisma.auditLog.findMany({ where: { entity: 'DraftConsultation' }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['consultation.open', 'consultation.window', 'consultation.summary', 'consultation.window', 'consultation.summary']);
  });
});
