'use client';

import { useActionState, useState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { fieldError, FormMessage, InputField, RadioGroup, TextAreaField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { idleState, type ActionState } from '@/lib/actions/state';
import {
  archiveArticle,
  cancelSchedule,
  createPreviewLink,
  discardNewVersion,
  publishArticle,
  reopenArticle,
  returnArticle,
  startNewVersion,
  submitArticle,
  unpublishArticle,
  type PreviewState,
} from '@/lib/articles/workflow-actions';
import type { ArticleStatus } from '@/lib/generated/prisma/enums';

type Props = {
  articleId: number;
  status: ArticleStatus;
  isPendingVersion: boolean;
  hasPendingVersion: boolean;
  canPublish: boolean;
  needsReason: boolean;
  unpublishAt: string;
};

type Bound = (previous: ActionState, formData: FormData) => Promise<ActionState>;
type Done = (result: ActionState) => void;

/**
 * A transition usually removes the control that made it (a submitted article has no "Gửi duyệt"),
 * so success is announced by the panel, which stays; each form shows only its own errors.
 */
function useStep(action: Bound, onDone: Done) {
  const [state, dispatch] = useActionState(async (previous: ActionState, formData: FormData) => {
    const result = await action(previous, formData);
    onDone(result);
    return result;
  }, idleState);
  return [state.status === 'error' ? state : idleState, dispatch] as const;
}

function OneButton({ action, onDone, label, pendingLabel, confirm }: { action: Bound; onDone: Done; label: string; pendingLabel: string; confirm?: { title: string; description: string } }) {
  const [state, dispatch] = useStep(action, onDone);
  return (
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      {confirm ? (
        <ConfirmSubmit title={confirm.title} description={confirm.description} confirmLabel={label} pendingLabel={pendingLabel}>
          {label}
        </ConfirmSubmit>
      ) : (
        <SubmitButton pendingLabel={pendingLabel}>{label}</SubmitButton>
      )}
    </form>
  );
}

function PublishForm({ articleId, needsReason, onDone }: { articleId: number; needsReason: boolean; onDone: Done }) {
  const [state, dispatch] = useStep(publishArticle.bind(null, articleId), onDone);
  const [when, setWhen] = useState('now');
  return (
    <form action={dispatch} noValidate className="space-y-4" onChange={(e) => {
      const target: EventTarget = e.target;
      if (target instanceof HTMLInputElement && target.name === 'when') setWhen(target.value);
    }}>
      <h3 className="text-lg font-semibold text-slate-900">Duyệt và xuất bản</h3>
      <FormMessage state={state} />
      <RadioGroup
        legend="Thời điểm đăng"
        name="when"
        defaultValue="now"
        options={[
          { value: 'now', label: 'Đăng ngay' },
          { value: 'later', label: 'Hẹn giờ đăng' },
        ]}
        error={fieldError(state, 'when')}
      />
      {when === 'later' ? <InputField label="Ngày giờ đăng" name="at" type="datetime-local" hint="Giờ Việt Nam." error={fieldError(state, 'at')} /> : null}
      {needsReason ? (
        <TextAreaField
          label="Lý do xuất bản không qua duyệt"
          name="reason"
          rows={2}
          required
          hint="Bài chưa được gửi duyệt: cần nêu lý do (được ghi vào nhật ký)."
          error={fieldError(state, 'reason')}
        />
      ) : null}
      <SubmitButton pendingLabel="Đang xuất bản…">{when === 'later' ? 'Hẹn giờ đăng' : 'Xuất bản'}</SubmitButton>
    </form>
  );
}

function ReturnForm({ articleId, onDone }: { articleId: number; onDone: Done }) {
  const [state, dispatch] = useStep(returnArticle.bind(null, articleId), onDone);
  return (
    <form action={dispatch} noValidate className="space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">Trả lại để sửa</h3>
      <FormMessage state={state} />
      <TextAreaField label="Lý do trả lại" name="reason" rows={2} error={fieldError(state, 'reason')} />
      <SubmitButton variant="secondary" pendingLabel="Đang trả lại…">
        Trả lại
      </SubmitButton>
    </form>
  );
}

function UnpublishForm({ articleId, unpublishAt, onDone }: { articleId: number; unpublishAt: string; onDone: Done }) {
  const [state, dispatch] = useStep(unpublishArticle.bind(null, articleId), onDone);
  return (
    <div className="space-y-4">
      <h3 className="text-lg font-semibold text-slate-900">Gỡ xuống</h3>
      <FormMessage state={state} />
      <form action={dispatch} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="when" value="later" />
        <InputField label="Hẹn giờ gỡ (để trống: không hẹn)" name="at" type="datetime-local" defaultValue={unpublishAt} error={fieldError(state, 'at')} />
        <SubmitButton variant="secondary" pendingLabel="Đang lưu…">
          Lưu lịch gỡ
        </SubmitButton>
      </form>
      <form action={dispatch} className="space-y-3">
        <input type="hidden" name="when" value="now" />
        <InputField label="Lý do gỡ (không bắt buộc)" name="reason" />
        <ConfirmSubmit title="Gỡ tin bài khỏi cổng thông tin?" description="Bài sẽ không còn hiện với người đọc cho tới khi được xuất bản lại." confirmLabel="Gỡ xuống ngay" pendingLabel="Đang gỡ…">
          Gỡ xuống ngay
        </ConfirmSubmit>
      </form>
    </div>
  );
}

function PreviewLink({ articleId }: { articleId: number }) {
  const [state, dispatch] = useActionState<PreviewState, FormData>(createPreviewLink.bind(null, articleId), { status: 'idle' });
  return (
    <form action={dispatch} className="space-y-3">
      <h3 className="text-lg font-semibold text-slate-900">Xem trước</h3>
      <p className="text-slate-700">Liên kết xem trước không cần đăng nhập, dùng được trong 24 giờ (ví dụ để lãnh đạo xem trên điện thoại).</p>
      <SubmitButton variant="secondary" pendingLabel="Đang tạo…">
        Tạo liên kết xem trước
      </SubmitButton>
      <div role="status" aria-atomic="true">
        {state.status === 'success' ? (
          <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 break-all">
            <a href={state.url} target="_blank" rel="noopener" className="font-medium text-brand-800 underline">
              {state.url}
            </a>
            <span className="mt-1 block text-sm text-slate-700">
              Hết hạn lúc {new Date(state.expiresAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' })}.
            </span>
          </p>
        ) : state.status === 'error' ? (
          <p className="text-red-800">{state.message}</p>
        ) : null}
      </div>
    </form>
  );
}

/** The workflow buttons an article's state and the user's role allow; each action re-checks both. */
export function WorkflowPanel({ articleId, status, isPendingVersion, hasPendingVersion, canPublish, needsReason, unpublishAt }: Props) {
  const [notice, setNotice] = useState<string | null>(null);
  const onDone: Done = (result) => setNotice(result.status === 'success' ? result.message : null);
  return (
    <div className="space-y-8">
      <div role="status" aria-atomic="true">
        {notice ? <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">{notice}</p> : null}
      </div>
      {status === 'DRAFT' || status === 'UNPUBLISHED' ? (
        <OneButton onDone={onDone} action={submitArticle.bind(null, articleId)} label="Gửi duyệt" pendingLabel="Đang gửi…" />
      ) : null}
      {canPublish && (status === 'IN_REVIEW' || status === 'DRAFT' || status === 'UNPUBLISHED') ? <PublishForm articleId={articleId} needsReason={needsReason} onDone={onDone} /> : null}
      {canPublish && (status === 'IN_REVIEW' || status === 'SCHEDULED') ? <ReturnForm articleId={articleId} onDone={onDone} /> : null}
      {canPublish && status === 'SCHEDULED' ? <OneButton onDone={onDone} action={cancelSchedule.bind(null, articleId)} label="Hủy hẹn giờ" pendingLabel="Đang hủy…" /> : null}
      {status === 'PUBLISHED' && !isPendingVersion && !hasPendingVersion ? (
        <OneButton onDone={onDone} action={startNewVersion.bind(null, articleId)} label="Tạo bản sửa đổi" pendingLabel="Đang tạo…" />
      ) : null}
      {canPublish && status === 'PUBLISHED' && !isPendingVersion ? <UnpublishForm articleId={articleId} unpublishAt={unpublishAt} onDone={onDone} /> : null}
      {isPendingVersion && status !== 'SCHEDULED' ? (
        <OneButton
          onDone={onDone}
          action={discardNewVersion.bind(null, articleId)}
          label="Bỏ bản sửa đổi"
          pendingLabel="Đang bỏ…"
          confirm={{ title: 'Bỏ bản sửa đổi này?', description: 'Nội dung của bản sửa đổi sẽ mất; bài đang đăng không thay đổi.' }}
        />
      ) : null}
      {canPublish && !isPendingVersion && status !== 'ARCHIVED' && status !== 'SCHEDULED' ? (
        <OneButton
          onDone={onDone}
          action={archiveArticle.bind(null, articleId)}
          label="Lưu trữ"
          pendingLabel="Đang lưu trữ…"
          confirm={{ title: 'Chuyển tin bài vào lưu trữ?', description: 'Bài sẽ không còn hiện trên cổng thông tin; có thể mở lại để sửa.' }}
        />
      ) : null}
      {status === 'ARCHIVED' ? <OneButton onDone={onDone} action={reopenArticle.bind(null, articleId)} label="Mở lại để sửa" pendingLabel="Đang mở…" /> : null}
      <PreviewLink articleId={articleId} />
    </div>
  );
}
