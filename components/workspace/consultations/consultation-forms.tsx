'use client';

import { CheckboxField, FormMessage, InputField, TextAreaField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';

export function ConsultationWindowForm({ action, initial, submitLabel }: { action: FormAction; initial: Record<string, string>; submitLabel: string }) {
  const { state, round, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="grid gap-4 sm:grid-cols-2">
        <InputField label="Ngày bắt đầu lấy ý kiến" name="opensOn" type="date" required defaultValue={valueOf(state, initial, 'opensOn')} error={errorOf(state, 'opensOn')} />
        <InputField label="Ngày kết thúc lấy ý kiến" name="closesOn" type="date" required hint="Ngày cuối cùng nhận góp ý." defaultValue={valueOf(state, initial, 'closesOn')} error={errorOf(state, 'closesOn')} />
      </div>
      <SubmitButton variant="secondary">{submitLabel}</SubmitButton>
    </form>
  );
}

export function ConsultationSummaryForm({ action, initial }: { action: FormAction; initial: Record<string, string> }) {
  const { state, round, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="space-y-4">
        <TextAreaField
          label="Tổng hợp ý kiến"
          name="summary"
          rows={10}
          hint="Số ý kiến nhận được, nội dung chính, ý kiến được tiếp thu hoặc giải trình."
          defaultValue={valueOf(state, initial, 'summary')}
          error={errorOf(state, 'summary')}
        />
        <CheckboxField
          label="Công bố bản tổng hợp trên trang dự thảo"
          name="publishSummary"
          hint="Chỉ công bố được sau khi hết hạn góp ý."
          defaultChecked={checkedOf(state, initial, 'publishSummary')}
          error={errorOf(state, 'publishSummary')}
        />
      </div>
      <SubmitButton>Lưu tổng hợp</SubmitButton>
    </form>
  );
}
