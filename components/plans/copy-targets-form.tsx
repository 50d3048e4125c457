'use client';

import { FormMessage } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { useFormAction, type FormAction } from '@/components/workspace/use-form-action';

/** "Sao chép chỉ tiêu năm trước": one button, the answer shown beside it. */
export function CopyTargetsForm({ action, year, unitId }: { action: FormAction; year: number; unitId: number | null }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} className="space-y-3">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="unitId" value={unitId ?? ''} />
      <SubmitButton variant="secondary" pendingLabel="Đang sao chép…">{`Sao chép chỉ tiêu năm ${year - 1}`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
