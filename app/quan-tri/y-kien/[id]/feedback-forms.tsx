'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { CheckboxField, fieldError, FormMessage, SelectField, TextAreaField, typed, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import type { ActionState } from '@/lib/actions/state';
import { assignFeedback, closeFeedback, markFeedbackSpam, reopenFeedback, replyFeedback } from '@/lib/feedback/inbox-actions';
import { REPLY_MAX_LENGTH } from '@/lib/feedback/inbox-schema';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';

const idle: ActionState = { status: 'idle' };

export function AssignForm({ feedbackId, assignedToId, assignees }: { feedbackId: number; assignedToId: number | null; assignees: Option[] }) {
  const [state, action] = useActionState(assignFeedback.bind(null, feedbackId), idle);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <SelectField
        label="Người xử lý"
        name="assignedToId"
        placeholder="— Chưa phân công —"
        options={assignees}
        defaultValue={typed(state, 'assignedToId', assignedToId)}
        error={fieldError(state, 'assignedToId')}
      />
      <SubmitButton>Lưu phân công</SubmitButton>
    </form>
  );
}

export function ReplyForm({
  feedbackId,
  updatedAt,
  reply,
  replyPublished,
}: {
  feedbackId: number;
  updatedAt: string;
  reply: string | null;
  replyPublished: boolean;
}) {
  const [state, action] = useActionState(replyFeedback.bind(null, feedbackId, updatedAt), idle);
  const published = state.status === 'error' ? state.values?.replyPublished === 'on' : replyPublished;
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextAreaField
        label="Nội dung trả lời"
        name="reply"
        rows={8}
        maxLength={REPLY_MAX_LENGTH}
        required
        defaultValue={typed(state, 'reply', reply)}
        error={fieldError(state, 'reply')}
      />
      <CheckboxField
        key={String(published)}
        name="replyPublished"
        defaultChecked={published}
        label="Công khai câu trả lời trên trang tra cứu"
        hint="Người gửi xem được câu trả lời khi tra cứu bằng mã ý kiến."
      />
      <SubmitButton>Lưu câu trả lời</SubmitButton>
    </form>
  );
}

/** Close, mark as spam or reopen, depending on the status; one message area for whichever ran last. */
export function StatusActions({ feedbackId, status }: { feedbackId: number; status: FeedbackStatus }) {
  const [state, dispatch] = useActionState(async (previous: ActionState, formData: FormData) => {
    // "op" only picks which server action to call; each is bound to the record id and checks everything itself.
    const op = formData.get('op');
    if (op === 'close') return closeFeedback(feedbackId, previous, formData);
    if (op === 'spam') return markFeedbackSpam(feedbackId, previous, formData);
    return reopenFeedback(feedbackId, previous, formData);
  }, idle);
  const open = status !== 'CLOSED' && status !== 'SPAM';
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-3">
        {open ? (
          <>
            <form action={dispatch}>
              <input type="hidden" name="op" value="close" />
              <SubmitButton variant="secondary" pendingLabel="Đang đóng…">
                Đóng ý kiến
              </SubmitButton>
            </form>
            <form action={dispatch}>
              <input type="hidden" name="op" value="spam" />
              <ConfirmSubmit
                title="Đánh dấu là thư rác?"
                description="Ý kiến sẽ bị ẩn khỏi danh sách mặc định và câu trả lời (nếu đã công khai) sẽ bị gỡ khỏi trang tra cứu."
                confirmLabel="Đánh dấu thư rác"
                pendingLabel="Đang đánh dấu…"
              >
                Đánh dấu thư rác
              </ConfirmSubmit>
            </form>
          </>
        ) : (
          <form action={dispatch}>
            <input type="hidden" name="op" value="reopen" />
            <SubmitButton variant="secondary" pendingLabel="Đang mở lại…">
              Mở lại ý kiến
            </SubmitButton>
          </form>
        )}
      </div>
    </div>
  );
}
