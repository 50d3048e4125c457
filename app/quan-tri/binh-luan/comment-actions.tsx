'use client';

import { SubmitButton } from '@/components/ui/submit-button';
import { DeleteRecordButton } from '@/components/workspace/delete-record';
import { useFormAction, type FormAction } from '@/components/workspace/use-form-action';
import { deleteComment, publishComment, rejectComment } from '@/lib/comments/actions';
import type { CommentState } from '@/lib/generated/prisma/enums';

/** One moderation step (publish or reject) with its outcome announced beside it. */
function MoveButton({ action, label, pendingLabel, variant }: { action: FormAction; label: string; pendingLabel: string; variant: 'primary' | 'secondary' }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-2">
      <SubmitButton pendingLabel={pendingLabel} variant={variant}>
        {label}
      </SubmitButton>
      <span role={state.status === 'error' ? 'alert' : 'status'} className={state.status === 'error' ? 'font-medium text-red-800' : 'text-slate-700'}>
        {state.status === 'idle' ? '' : state.message}
      </span>
    </form>
  );
}

/** What an editor can do with a comment in its state; deleting asks first. */
export function CommentActions({ id, state, author }: { id: number; state: CommentState; author: string }) {
  return (
    <div className="flex flex-wrap items-start gap-3">
      {state !== 'PUBLISHED' ? <MoveButton action={publishComment.bind(null, id)} label="Duyệt đăng" pendingLabel="Đang đăng…" variant="primary" /> : null}
      {state !== 'REJECTED' ? (
        <MoveButton action={rejectComment.bind(null, id)} label={state === 'PUBLISHED' ? 'Gỡ xuống (từ chối)' : 'Từ chối'} pendingLabel="Đang từ chối…" variant="secondary" />
      ) : null}
      <DeleteRecordButton action={deleteComment.bind(null, id)} trigger="Xóa" title="Xóa bình luận?">
        Bình luận của {author} sẽ bị xóa hẳn{state === 'PUBLISHED' ? ' và không còn hiện dưới bài viết' : ''}. Không thể hoàn tác.
      </DeleteRecordButton>
    </div>
  );
}
