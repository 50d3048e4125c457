'use client';

import { useActionState } from 'react';

import { fieldError, FormMessage, InputField, SelectField, TextAreaField, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { type ActionState, idleState } from '@/lib/actions/state';

export type ContributionFormValues = { amount: string; form: string; contributedOn: string; note: string };

const EMPTY: ContributionFormValues = { amount: '', form: 'CASH', contributedOn: '', note: '' };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial?: ContributionFormValues;
  submitLabel: string;
  formOptions: { value: string; label: string }[];
  today: string;
};

/** Records a capital contribution (no `initial`) or corrects one. */
export function ContributionForm({ action, initial = EMPTY, submitLabel, formOptions, today }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const v = (name: keyof ContributionFormValues) => typed(state, name, initial[name]);
  const e = (name: keyof ContributionFormValues) => fieldError(state, name);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <div className="grid gap-5 md:grid-cols-3">
        <InputField
          label="Số vốn góp (đồng)"
          name="amount"
          inputMode="numeric"
          autoComplete="off"
          required
          hint="Số nguyên đồng, ví dụ 50.000.000"
          defaultValue={v('amount')}
          error={e('amount')}
        />
        <SelectField label="Hình thức góp vốn" name="form" options={formOptions} defaultValue={v('form')} error={e('form')} />
        <InputField label="Ngày góp vốn" name="contributedOn" type="date" max={today} required defaultValue={v('contributedOn')} error={e('contributedOn')} />
      </div>
      <TextAreaField label="Ghi chú" name="note" rows={2} defaultValue={v('note')} error={e('note')} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
