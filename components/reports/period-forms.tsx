'use client';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage, InputField, SelectField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';

const kinds = [
  { value: 'FIRST_HALF', label: '6 tháng đầu năm' },
  { value: 'FULL_YEAR', label: 'Cả năm' },
];

/** Add or edit a period: kind, year, first and last day, deadline. */
export function PeriodForm({ action, initial, submitLabel }: { action: FormAction; initial: Record<string, string>; submitLabel: string }) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => (state.status === 'success' && !state.values?.kind ? (initial[name] ?? '') : valueOf(state, initial, name));
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField label="Loại kỳ" name="kind" options={kinds} defaultValue={v('kind') || 'FIRST_HALF'} error={errorOf(state, 'kind')} />
        <InputField label="Năm" name="year" inputMode="numeric" defaultValue={v('year')} error={errorOf(state, 'year')} />
        <InputField label="Từ ngày" name="startsOn" type="date" defaultValue={v('startsOn')} error={errorOf(state, 'startsOn')} />
        <InputField label="Đến ngày" name="endsOn" type="date" defaultValue={v('endsOn')} error={errorOf(state, 'endsOn')} />
        <InputField label="Hạn nộp" name="deadline" type="date" defaultValue={v('deadline')} error={errorOf(state, 'deadline')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

/** Opens a period (creates its expected reports) or refreshes the list of an open one, after a confirmation. */
export function OpenPeriodButton({ action, opened, name }: { action: FormAction; opened: boolean; name: string }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit
        tone="primary"
        title={opened ? `Cập nhật danh sách phải nộp kỳ ${name}?` : `Mở kỳ báo cáo ${name}?`}
        description={
          opened
            ? 'Thêm các tổ chức mới phải báo cáo theo lịch sử trạng thái và bỏ những báo cáo chưa nhập không còn phải nộp. Báo cáo đã có số liệu không bị ảnh hưởng.'
            : 'Tạo báo cáo phải nộp cho mọi tổ chức đang tồn tại trong kỳ (kể cả tạm ngừng hoạt động). Các đơn vị bắt đầu nhập được báo cáo.'
        }
        confirmLabel={opened ? 'Cập nhật' : 'Mở kỳ'}
      >
        {opened ? `Cập nhật danh sách kỳ ${name}` : `Mở kỳ ${name}`}
      </ConfirmSubmit>
    </form>
  );
}
