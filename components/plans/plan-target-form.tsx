'use client';

import Link from 'next/link';
import { useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { FormMessage, InputField, SelectField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  indicators: Option[];
  /** Codes whose result is computed from the data (no result field). */
  computed: string[];
  units: Option[];
  submitLabel: string;
  cancelHref: string;
};

/** Adds or edits a plan target; the result field shows only for indicators the data cannot measure. */
export function PlanTargetForm({ action, initial, indicators, computed, units, submitLabel, cancelHref }: Props) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const [indicator, setIndicator] = useState(v('indicator'));
  const other = indicator === 'OTHER';
  const isComputed = computed.includes(indicator);

  return (
    <form action={dispatch} noValidate className="max-w-3xl space-y-5">
      <FormMessage state={state} />
      <div key={round} className="grid gap-5 md:grid-cols-2">
        <InputField label="Năm kế hoạch" name="year" inputMode="numeric" maxLength={4} required defaultValue={v('year')} error={errorOf(state, 'year')} />
        <SelectField label="Địa bàn" name="unitId" placeholder="Toàn tỉnh" options={units} defaultValue={v('unitId')} error={errorOf(state, 'unitId')} />
        <SelectField
          label="Chỉ tiêu"
          name="indicator"
          placeholder="— Chọn chỉ tiêu —"
          options={indicators}
          defaultValue={v('indicator')}
          onChange={(e) => setIndicator(e.target.value)}
          error={errorOf(state, 'indicator')}
          className="md:col-span-2"
        />
        {other ? (
          <>
            <InputField label="Tên chỉ tiêu khác" name="label" required defaultValue={v('label')} error={errorOf(state, 'label')} className="md:col-span-2" />
            <InputField label="Đơn vị tính" name="measure" required hint="Ví dụ: cuộc, người, %." defaultValue={v('measure')} error={errorOf(state, 'measure')} />
          </>
        ) : null}
        <InputField
          label="Chỉ tiêu kế hoạch"
          name="target"
          inputMode="decimal"
          required
          hint="Số; phần lẻ sau dấu phẩy, ví dụ 12,5."
          defaultValue={v('target')}
          error={errorOf(state, 'target')}
        />
        {isComputed ? (
          <p className="self-end text-slate-700 md:col-span-2">Kết quả của chỉ tiêu này được tính tự động từ dữ liệu, không cần nhập.</p>
        ) : (
          <InputField
            label="Kết quả đạt được"
            name="result"
            inputMode="decimal"
            hint="Để trống nếu chưa có kết quả."
            defaultValue={v('result')}
            error={errorOf(state, 'result')}
          />
        )}
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
