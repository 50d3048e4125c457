'use client';

import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { FormMessage, InputField, SelectField, TextAreaField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';

import { OrganizationPicker, type PickedOrganization } from './organization-picker';

type Props = { action: FormAction; initial: Record<string, string>; borrower: PickedOrganization[]; funds: Option[]; submitLabel: string; cancelHref: string };

export function LoanForm({ action, initial, borrower, funds, submitLabel, cancelHref }: Props) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  return (
    <form action={dispatch} noValidate className="max-w-4xl space-y-6">
      <FormMessage state={state} />
      <OrganizationPicker name="organizationId" legend="Tổ chức vay vốn" single initial={borrower} error={e('organizationId')} hint="Gõ ít nhất 2 ký tự của tên hoặc số đăng ký." />
      <div key={round} className="grid gap-5 md:grid-cols-2">
        <SelectField label="Nguồn vốn" name="fund" placeholder="— Chọn nguồn vốn —" options={funds} defaultValue={v('fund')} error={e('fund')} />
        <InputField label="Số hợp đồng" name="contractNumber" defaultValue={v('contractNumber')} error={e('contractNumber')} />
        <InputField label="Số tiền vay (đồng)" name="principal" inputMode="numeric" required hint="Ví dụ 500.000.000." defaultValue={v('principal')} error={e('principal')} />
        <InputField label="Dư nợ (đồng)" name="outstanding" inputMode="numeric" required defaultValue={v('outstanding')} error={e('outstanding')} />
        <InputField label="Nợ quá hạn (đồng)" name="overdue" inputMode="numeric" hint="Để trống nếu không có." defaultValue={v('overdue')} error={e('overdue')} />
        <InputField label="Lãi suất (%/năm)" name="interestRate" inputMode="decimal" hint="Ví dụ 6,6." defaultValue={v('interestRate')} error={e('interestRate')} />
        <InputField label="Ngày giải ngân" name="disbursedOn" type="date" required defaultValue={v('disbursedOn')} error={e('disbursedOn')} />
        <InputField label="Ngày đáo hạn" name="maturesOn" type="date" defaultValue={v('maturesOn')} error={e('maturesOn')} />
        <InputField label="Ngày tất toán" name="repaidOn" type="date" hint="Chỉ ghi khi đã trả hết nợ." defaultValue={v('repaidOn')} error={e('repaidOn')} />
        <TextAreaField label="Mục đích vay" name="purpose" defaultValue={v('purpose')} error={e('purpose')} className="md:col-span-2" />
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
