'use client';

import type { SubmissionState } from '@/lib/generated/prisma/enums';
import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage, TextAreaField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { type FormAction, errorOf, useFormAction, valueOf } from '@/components/workspace/use-form-action';

/**
 * What staff do with a self-assessment: confirm or return a submitted one, unlock a confirmed one.
 * One component whatever the state, so the outcome of an action is still announced after the
 * page re-renders in the new state.
 */
export function ReviewPanel({
  state,
  confirm,
  giveBack,
  unlock,
  summary,
}: {
  state: SubmissionState;
  confirm: FormAction;
  giveBack: FormAction;
  unlock: FormAction;
  summary: string;
}) {
  const confirmed = useFormAction(confirm);
  const returned = useFormAction(giveBack);
  const unlocked = useFormAction(unlock);
  return (
    <div className="mt-6 space-y-4">
      {state === 'SUBMITTED' ? null : (
        <>
          <FormMessage state={confirmed.state} />
          <FormMessage state={returned.state} />
        </>
      )}
      {state === 'APPROVED' ? null : <FormMessage state={unlocked.state} />}
      {state === 'SUBMITTED' ? (
        <section aria-labelledby="xem-xet" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="xem-xet" className="text-xl font-semibold text-slate-900">
            Xem xét phiếu tự đánh giá
          </h2>
          <form action={confirmed.dispatch} className="space-y-3">
            <FormMessage state={confirmed.state} />
            <ConfirmSubmit title="Xác nhận xếp loại?" description={`${summary} Sau khi xác nhận, phiếu không sửa được nữa.`} confirmLabel="Xác nhận" tone="primary" pendingLabel="Đang xác nhận…">
              Xác nhận xếp loại
            </ConfirmSubmit>
          </form>
          <form action={returned.dispatch} noValidate className="space-y-3 border-t border-slate-200 pt-4">
            <FormMessage state={returned.state} />
            <TextAreaField
              key={returned.round}
              label="Lý do trả lại"
              name="reason"
              rows={3}
              hint="Tổ chức sẽ thấy lý do này khi mở phiếu để sửa và gửi lại."
              defaultValue={valueOf(returned.state, {}, 'reason')}
              error={errorOf(returned.state, 'reason')}
            />
            <SubmitButton variant="secondary" pendingLabel="Đang trả lại…">
              Trả lại phiếu
            </SubmitButton>
          </form>
        </section>
      ) : null}
      {state === 'APPROVED' ? (
        <form action={unlocked.dispatch} noValidate aria-labelledby="mo-khoa" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="mo-khoa" className="text-xl font-semibold text-slate-900">
            Mở khóa để sửa
          </h2>
          <FormMessage state={unlocked.state} />
          <TextAreaField
            key={unlocked.round}
            label="Lý do mở khóa"
            name="reason"
            rows={3}
            hint="Phiếu sẽ trở về trạng thái bị trả lại để tổ chức sửa; lý do được ghi vào nhật ký."
            defaultValue={valueOf(unlocked.state, {}, 'reason')}
            error={errorOf(unlocked.state, 'reason')}
          />
          <ConfirmSubmit title="Mở khóa phiếu đã xác nhận?" description="Xếp loại đã xác nhận sẽ trở về trạng thái bị trả lại cho đến khi được gửi và xác nhận lại." confirmLabel="Mở khóa">
            Mở khóa
          </ConfirmSubmit>
        </form>
      ) : null}
    </div>
  );
}
