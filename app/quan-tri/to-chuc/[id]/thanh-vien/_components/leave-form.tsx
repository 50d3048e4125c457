'use client';

import { useActionState } from 'react';

import { fieldError, FormMessage, InputField, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { type ActionState, idleState } from '@/lib/actions/state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Records the day a member left (or corrects it), and undoes a "left" entered by mistake. */
export function LeaveForm({ leave, reinstate, leftOn, joinedOn, today }: { leave: Action; reinstate: Action | null; leftOn: string; joinedOn: string; today: string }) {
  const [state, formAction] = useActionState(leave, idleState);
  const [undoState, undoAction] = useActionState(reinstate ?? (async () => idleState), idleState);
  return (
    <div className="space-y-5">
      <form action={formAction} noValidate className="space-y-4">
        <FormMessage state={state} />
        <InputField
          label="Ngày ra khỏi tổ chức"
          name="leftOn"
          type="date"
          min={joinedOn}
          max={today}
          required
          className="max-w-xs"
          defaultValue={typed(state, 'leftOn', leftOn)}
          error={fieldError(state, 'leftOn')}
        />
        <SubmitButton variant="secondary">{leftOn ? 'Sửa ngày ra khỏi tổ chức' : 'Ghi nhận ra khỏi tổ chức'}</SubmitButton>
      </form>
      {reinstate ? (
        <form action={undoAction} className="space-y-3 border-t border-slate-200 pt-4">
          <FormMessage state={undoState} />
          <p className="text-slate-700">Ghi nhận ra khỏi tổ chức do nhầm lẫn? Huỷ để thành viên trở lại danh sách hiện tại.</p>
          <SubmitButton variant="secondary">Huỷ ghi nhận ra khỏi tổ chức</SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
