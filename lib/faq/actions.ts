'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { requestIp } from '@/lib/members/mutation';

import { faqQuestionSchema, faqTopicSchema } from './schema';

/** Editors keep the FAQ; the public page (/hoi-dap) is cached under the `faq` tag. */

const WORKSPACE = '/quan-tri/hoi-dap';
const INVALID = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

function isDuplicate(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

function changed() {
  expirePublicTags(cacheTags.faq);
  revalidatePath(WORKSPACE, 'layout');
}

export async function createFaqTopic(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('faq.manage');
  const values = formValues(formData);
  const parsed = faqTopicSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const ip = await requestIp();
  try {
    await prisma.$transaction(async (tx) => {
      const topic = await tx.faqTopic.create({ data: parsed.data });
      await recordAudit(tx, { userId: user.id, action: 'faq.topic.create', entity: 'FaqTopic', entityId: String(topic.id), after: parsed.data, ip });
    });
  } catch (error) {
    if (isDuplicate(error)) return errorState(INVALID, { name: 'Đã có chủ đề với tên này.' }, values);
    throw error;
  }
  changed();
  return { status: 'success', message: `Đã thêm chủ đề «${parsed.data.name}».` };
}

export async function updateFaqTopic(topicId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('faq.manage');
  const values = formValues(formData);
  const topic = Number.isSafeInteger(topicId) ? await prisma.faqTopic.findUnique({ where: { id: topicId } }) : null;
  if (!topic) return errorState('Không tìm thấy chủ đề.', {}, values);
  const parsed = faqTopicSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const diff = auditDiff(topic, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  try {
    await prisma.$transaction(async (tx) => {
      await tx.faqTopic.update({ where: { id: topic.id }, data: parsed.data });
      await recordAudit(tx, { userId: user.id, action: 'faq.topic.update', entity: 'FaqTopic', entityId: String(topic.id), ...diff, ip });
    });
  } catch (error) {
    if (isDuplicate(error)) return errorState(INVALID, { name: 'Đã có chủ đề với tên này.' }, values);
    throw error;
  }
  changed();
  return { status: 'success', message: 'Đã lưu chủ đề.', values };
}

/** Only an empty topic can be deleted: its questions would otherwise vanish with it. */
export async function deleteFaqTopic(topicId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('faq.manage');
  const ip = await requestIp();
  const outcome = await prisma.$transaction(async (tx) => {
    const topic = Number.isSafeInteger(topicId) ? await tx.faqTopic.findUnique({ where: { id: topicId }, include: { _count: { select: { questions: true } } } }) : null;
    if (!topic) return 'missing' as const;
    if (topic._count.questions > 0) return topic._count.questions;
    await tx.faqTopic.delete({ where: { id: topic.id } });
    await recordAudit(tx, { userId: user.id, action: 'faq.topic.delete', entity: 'FaqTopic', entityId: String(topic.id), before: { name: topic.name }, ip });
    return 'deleted' as const;
  });
  if (outcome === 'missing') return errorState('Không tìm thấy chủ đề; có thể đã bị xóa.');
  if (typeof outcome === 'number') return errorState(`Chủ đề còn ${outcome} câu hỏi; hãy chuyển hoặc xóa các câu hỏi trước.`);
  changed();
  return { status: 'success', message: 'Đã xóa chủ đề.' };
}

export async function createFaqQuestion(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('faq.manage');
  const values = formValues(formData);
  const parsed = faqQuestionSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  if (!(await prisma.faqTopic.count({ where: { id: parsed.data.topicId } }))) return errorState(INVALID, { topicId: 'Chọn chủ đề.' }, values);
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    const q = await tx.faqQuestion.create({ data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'faq.question.create', entity: 'FaqQuestion', entityId: String(q.id), after: parsed.data, ip });
  });
  changed();
  return { status: 'success', message: parsed.data.published ? 'Đã thêm câu hỏi và đăng công khai.' : 'Đã lưu câu hỏi (chưa đăng).' };
}

export async function updateFaqQuestion(questionId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('faq.manage');
  const values = formValues(formData);
  const question = Number.isSafeInteger(questionId) ? await prisma.faqQuestion.findUnique({ where: { id: questionId } }) : null;
  if (!question) return errorState('Không tìm thấy câu hỏi.', {}, values);
  const parsed = faqQuestionSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  if (!(await prisma.faqTopic.count({ where: { id: parsed.data.topicId } }))) return errorState(INVALID, { topicId: 'Chọn chủ đề.' }, values);
  const diff = auditDiff(question, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.faqQuestion.update({ where: { id: question.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'faq.question.update', entity: 'FaqQuestion', entityId: String(question.id), ...diff, ip });
  });
  changed();
  return { status: 'success', message: 'Đã lưu câu hỏi.', values };
}

export async function deleteFaqQuestion(questionId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('faq.manage');
  const question = Number.isSafeInteger(questionId) ? await prisma.faqQuestion.findUnique({ where: { id: questionId } }) : null;
  if (!question) return errorState('Không tìm thấy câu hỏi; có thể đã bị xóa.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.faqQuestion.delete({ where: { id: question.id } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'faq.question.delete',
      entity: 'FaqQuestion',
      entityId: String(question.id),
      before: { topicId: question.topicId, question: question.question, answer: question.answer, published: question.published },
      ip,
    });
  });
  changed();
  redirect(`${WORKSPACE}?thong-bao=da-xoa`);
}
