'use client';

import { useActionState } from 'react';

import { CheckboxField, fieldError, FormMessage, InputField, RadioGroup, TextAreaField, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { type ActionState, idleState } from '@/lib/actions/state';

type Param = { name: string; label: string; kind: 'count' | 'percent'; min: number; max: number; value: string };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  placeholders: string[];
  params: Param[];
  initial: { message: string; severity: string; active: boolean; legalBasis: string };
};

export function RuleForm({ action, placeholders, params, initial }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  // A checkbox sends nothing when unchecked: after a refused save, absence in the echoed values means unchecked.
  const active = state.status === 'idle' || !state.values ? initial.active : state.values.active === 'on';
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-6 rounded-lg border border-slate-200 bg-white p-5">
      <FormMessage state={state} />
      {params.map((p) => (
        <InputField
          key={p.name}
          label={p.label}
          name={p.name}
          inputMode={p.kind === 'count' ? 'numeric' : 'decimal'}
          className="max-w-xs"
          hint={p.kind === 'count' ? `Số nguyên từ ${p.min} đến ${p.max}.` : `Phần trăm từ ${p.min} đến ${p.max}, ví dụ 30 hoặc 30,5.`}
          defaultValue={typed(state, p.name, p.value)}
          error={fieldError(state, p.name)}
        />
      ))}
      <RadioGroup
        legend="Mức độ"
        name="severity"
        options={[
          { value: 'WARN', label: 'Cảnh báo: vẫn lưu và hiện lưu ý' },
          { value: 'BLOCK', label: 'Chặn: không cho lưu' },
        ]}
        defaultValue={typed(state, 'severity', initial.severity)}
        error={fieldError(state, 'severity')}
      />
      <TextAreaField
        label="Nội dung thông báo"
        name="message"
        rows={3}
        hint={placeholders.length > 0 ? `Các chỗ trống được điền tự động: ${placeholders.join(', ')}.` : undefined}
        defaultValue={typed(state, 'message', initial.message)}
        error={fieldError(state, 'message')}
      />
      <InputField label="Căn cứ pháp lý" name="legalBasis" defaultValue={typed(state, 'legalBasis', initial.legalBasis)} error={fieldError(state, 'legalBasis')} />
      <CheckboxField key={String(active)} label="Đang áp dụng" name="active" defaultChecked={active} />
      <SubmitButton>Lưu quy tắc</SubmitButton>
    </form>
  );
}
