import { beforeAll, describe, expect, it } from 'vitest';

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { createFaqQuestion, createFaqTopic, deleteFaqQuestion, deleteFaqTopic, updateFaqQuestion, updateFaqTopic } from '@/lib/faq/actions';
import { getPublicFaq } from '@/lib/faq/queries';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});

describe('FAQ', () => {
  it('is managed by editors and admins, not staff', async () => {
    actAs(fx.users.STAFF);
    await expect(createFaqTopic(idle, form({ name: 'Thành lập hợp tác xã' }))).rejects.toThrow(FORBIDDEN);
    expect(await prisma.faqTopic.count()).toBe(0);
  });

  it('groups published questions by topic, in order, and expires the public page on each change', async () => {
    actAs(fx.users.EDITOR);
    expect(errors(await createFaqTopic(idle, form({ name: ' ', ordinal: 'x' })))).toEqual({ name: 'Nhập tên chủ đề.', ordinal: 'Thứ tự là số nguyên từ 0 đến 9999.' });
    expect(await createFaqTopic(idle, form({ name: 'Chính sách hỗ trợ', ordinal: '2' }))).toMatchObject({ status: 'success' });
    expect(await createFaqTopic(idle, form({ name: 'Thành lập hợp tác xã', ordinal: '1' }))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual(['faq']);
    expect(errors(await createFaqTopic(idle, form({ name: 'Thành lập hợp tác xã' })))).toEqual({ name: 'Đã có chủ đề với tên này.' });
    const [support, founding] = await prisma.faqTopic.findMany({ orderBy: { id: 'asc' } });

    expect(errors(await createFaqQuestion(idle, form({ topicId: '', question: '', answer: '' })))).toEqual({
      topicId: 'Chọn chủ đề.',
      question: 'Nhập câu hỏi.',
      answer: 'Nhập câu trả lời.',
    });
    const ask = (topicId: number, question: string, extra: Record<string, string> = {}) =>
      createFaqQuestion(idle, form({ topicId: String(topicId), question, answer: `Trả lời: ${question}\n\nĐoạn hai.`, published: 'on', ...extra }));
    expect(await ask(founding.id, 'Thành lập hợp tác xã cần tối thiểu bao nhiêu thành viên?', { ordinal: '2' })).toMatchObject({ message: 'Đã thêm câu hỏi và đăng công khai.' });
    await ask(founding.id, 'Hồ sơ đăng ký hợp tác xã gồm những gì?', { ordinal: '1' });
    await ask(founding.id, 'Câu hỏi nháp', { published: '' });
    await ask(support.id, 'Vay vốn Quỹ hỗ trợ phát triển HTX thế nào?');
    takeRevalidated();

    const faq = await getPublicFaq();
    expect(faq.map((t) => [t.name, t.questions.map((q) => q.question)])).toEqual([
      ['Thành lập hợp tác xã', ['Hồ sơ đăng ký hợp tác xã gồm những gì?', 'Thành lập hợp tác xã cần tối thiểu bao nhiêu thành viên?']],
      ['Chính sách hỗ trợ', ['Vay vốn Quỹ hỗ trợ phát triển HTX thế nào?']],
    ]);

    // Publishing the draft; moving a question to another topic.
    const draft = await prisma.faqQuestion.findFirstOrThrow({ where: { question: 'Câu hỏi nháp' } });
    expect(await updateFaqQuestion(draft.id, idle, form({ topicId: String(support.id), question: 'Câu hỏi nháp', answer: 'Đã sửa.', published: 'on' }))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual(['faq']);
    expect((await getPublicFaq())[1].questions.map((q) => q.question)).toContain('Câu hỏi nháp');
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'FaqQuestion', entityId: String(draft.id), action: 'faq.question.update' } });
    expect(audit.after).toEqual({ topicId: support.id, answer: 'Đã sửa.', published: true });

    // A topic with questions cannot be deleted; an empty one can.
    expect(await deleteFaqTopic(support.id, idle, form({}))).toMatchObject({ status: 'error', message: 'Chủ đề còn 2 câu hỏi; hãy chuyển hoặc xóa các câu hỏi trước.' });
    for (const q of await prisma.faqQuestion.findMany({ where: { topicId: support.id } })) await expect(deleteFaqQuestion(q.id, idle, form({}))).rejects.toThrow(REDIRECT);
    expect(await updateFaqTopic(support.id, idle, form({ name: 'Chính sách hỗ trợ HTX', ordinal: '3' }))).toMatchObject({ status: 'success' });
    expect(await deleteFaqTopic(support.id, idle, form({}))).toMatchObject({ status: 'success', message: 'Đã xóa chủ đề.' });
    expect((await getPublicFaq()).map((t) => t.name)).toEqual(['Thành lập hợp tác xã']);
    const actions = (await prisma.auditLog.findMany({ where: { entity: 'FaqTopic', entityId: String(support.id) }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['faq.topic.create', 'faq.topic.update', 'faq.topic.delete']);
  });
});
