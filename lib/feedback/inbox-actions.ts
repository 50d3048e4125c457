'use server';

import { revalidatePath } from 'next/cache';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { formatDateTime } from '@/lib/format/date';
import { feedbackStatusLabels } from '@/lib/format/labels';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

import { assignSchema, replySchema } from './inbox-schema';

/**
 * The staff side of public feedback: assign, answer (optionally published on the sender's
 * tracking page), mark as spam, close, reopen. Each change is audited and expires the public
 * tag of that feedback's tracking page, so the sender sees it on their next look.
 */

const INBOX_PATH = '/quan-tri/y-kien';

const tracked = {
  status: true,
  assignedToId: true,
  reply: true,
  replyPublished: true,
  repliedAt: true,
  repliedById: true,
} as const;

async function load(id: number) {
  return prisma.feedback.findUnique({ where: { id }, select: { id: true, code: true, updatedAt: true, ...tracked } });
}

type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;
type Change = Partial<Pick<Loaded, keyof typeof tracked>>;

/** Writes a change with its audit row, then expires the tracking page and the inbox. */
async function apply(userId: number, before: Loaded, action: string, change: Change): Promise<void> {
  const { code, id, updatedAt: _updatedAt, ...current } = before;
  const diff = auditDiff(current, change);
  await prisma.$transaction(async (tx) => {
    await tx.feedback.update({ where: { id }, data: change });
    await recordAudit(tx, { userId, action, entity: 'Feedback', entityId: String(id), ...diff });
  });
  expirePublicTags(cacheTags.feedback(code));
  revalidatePath(INBOX_PATH);
  revalidatePath(`${INBOX_PATH}/${id}`);
}

const GONE = 'Ý kiến không còn tồn tại.';

export async function assignFeedback(feedbackId: number, _previous: ActionState, formData: FormData): Promise<ActionState> {
  const me = await requirePermission('feedback.manage');
  const values = formValues(formData);
  const parsed = assignSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { assignedToId } = parsed.data;
  const before = await load(feedbackId);
  if (!before) return errorState(GONE, {}, values);

  let assigneeName: string | null = null;
  if (assignedToId != null) {
    const assignee = await prisma.user.findUnique({ where: { id: assignedToId }, select: { name: true, role: true, active: true } });
    if (!assignee || !assignee.active || !roleHas(assignee.role, 'feedback.manage')) {
      return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { assignedToId: 'Người này không thể nhận xử lý ý kiến.' }, values);
    }
    assigneeName = assignee.name;
  }
  if (before.assignedToId === assignedToId) return { status: 'success', message: 'Không có thay đổi nào.', values };

  // Giving a new item to someone starts its handling.
  const status: FeedbackStatus = before.status === 'NEW' && assignedToId != null ? 'IN_PROGRESS' : before.status;
  await apply(me.id, before, 'feedback.assign', { assignedToId, status });
  return { status: 'success', message: assigneeName ? `Đã giao cho ${assigneeName}.` : 'Đã bỏ phân công.', values };
}

/**
 * Saves the answer. `seenUpdatedAt` is the version the form was opened on: if someone changed the
 * feedback meanwhile, the answer is refused rather than written over theirs.
 */
export async function replyFeedback(
  feedbackId: number,
  seenUpdatedAt: string,
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const me = await requirePermission('feedback.manage');
  const values = formValues(formData);
  const parsed = replySchema.safeParse({ reply: values.reply, replyPublished: formData.get('replyPublished') === 'on' });
  if (!parsed.success) return invalidState(parsed.error, values);
  const before = await load(feedbackId);
  if (!before) return errorState(GONE, {}, values);
  if (before.status === 'SPAM') return errorState('Ý kiến đang bị đánh dấu là thư rác. Hãy mở lại trước khi trả lời.', {}, values);
  if (before.updatedAt.toISOString() !== seenUpdatedAt) {
    return errorState(
      `Ý kiến vừa được cập nhật lúc ${formatDateTime(before.updatedAt)} (trạng thái: ${feedbackStatusLabels[before.status]}). Hãy tải lại trang để xem trước khi lưu câu trả lời; nội dung bạn đã nhập vẫn còn dưới đây.`,
      {},
      values,
    );
  }

  const { reply, replyPublished } = parsed.data;
  const replyChanged = reply !== before.reply;
  await apply(me.id, before, 'feedback.reply', {
    reply,
    replyPublished,
    status: before.status === 'CLOSED' ? 'CLOSED' : 'ANSWERED',
    ...(replyChanged || !before.repliedAt ? { repliedAt: new Date(), repliedById: me.id } : {}),
  });
  return {
    status: 'success',
    message: replyPublished ? 'Đã lưu câu trả lời và công khai trên trang tra cứu.' : 'Đã lưu câu trả lời (không công khai).',
    values: { reply },
  };
}

async function setStatus(
  userId: number,
  feedbackId: number,
  action: string,
  allowedFrom: readonly FeedbackStatus[],
  to: (before: Loaded) => Change,
  done: string,
): Promise<ActionState> {
  const before = await load(feedbackId);
  if (!before) return errorState(GONE);
  if (!allowedFrom.includes(before.status)) {
    return errorState(`Không thực hiện được với ý kiến ở trạng thái “${feedbackStatusLabels[before.status]}”.`);
  }
  await apply(userId, before, action, to(before));
  return { status: 'success', message: done };
}

/** Spam leaves the inbox's default view, and a published answer on it is withdrawn. */
export async function markFeedbackSpam(feedbackId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('feedback.manage');
  return setStatus(me.id, feedbackId, 'feedback.spam', ['NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'], () => ({ status: 'SPAM', replyPublished: false }), 'Đã đánh dấu là thư rác.');
}

export async function closeFeedback(feedbackId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('feedback.manage');
  return setStatus(me.id, feedbackId, 'feedback.close', ['NEW', 'IN_PROGRESS', 'ANSWERED'], () => ({ status: 'CLOSED' }), 'Đã đóng ý kiến.');
}

/** Back into handling: "in progress" once someone has taken it up, else "new". */
export async function reopenFeedback(feedbackId: number, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  const me = await requirePermission('feedback.manage');
  return setStatus(
    me.id,
    feedbackId,
    'feedback.reopen',
    ['CLOSED', 'SPAM'],
    (before) => ({ status: before.assignedToId != null || before.reply ? 'IN_PROGRESS' : 'NEW' }),
    'Đã mở lại ý kiến.',
  );
}
