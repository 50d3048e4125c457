'use client';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage, TextAreaField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';

/** Approve (with a confirmation), or return / unlock with a required reason. */
export function ReviewForm({
  action,
  version,
  kind,
}: {
  action: FormAction;
  version: number;
  kind: 'approve' | 'return' | 'unlock';
}) {
  const { state, round, dispatch } = useFormAction(action);
  if (kind === 'approve') {
    return (
      <form action={dispatch} className="space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name="version" value={version} />
        <ConfirmSubmit
          tone="primary"
          title="Duyệt báo cáo này?"
          description="Số liệu đã duyệt được khoá: muốn sửa phải mở khoá kèm lý do."
          confirmLabel="Duyệt"
        >
          Duyệt báo cáo
        </ConfirmSubmit>
      </form>
    );
  }
  const label = kind === 'return' ? 'Lý do trả lại' : 'Lý do mở khoá';
  return (
    <form action={dispatch} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        key={round}
        name="reason"
        label={label}
        required
        defaultValue={valueOf(state, {}, 'reason')}
        error={errorOf(state, 'reason')}
        className="max-w-2xl"
      />
      <SubmitButton variant={kind === 'return' ? 'danger' : 'secondary'} pendingLabel="Đang thực hiện…">
        {kind === 'return' ? 'Trả lại báo cáo' : 'Mở khoá báo cáo'}
      </SubmitButton>
    </form>
  );
}
