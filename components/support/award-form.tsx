'use client';

import Link from 'next/link';
import { useId } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { FormMessage, InputField, SelectField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';

import { OrganizationPicker, type PickedOrganization } from './organization-picker';

type Props = { action: FormAction; initial: Record<string, string>; recipient: PickedOrganization[]; types: Option[]; blocks: string[]; submitLabel: string; cancelHref: string };

export function AwardForm({ action, initial, recipient, types, blocks, submitLabel, cancelHref }: Props) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  const listId = useId();
  return (
    <form action={dispatch} noValidate className="max-w-4xl space-y-6">
      <FormMessage state={state} />
      <div key={round} className="grid gap-5 md:grid-cols-2">
        <InputField label="Năm khen thưởng" name="year" inputMode="numeric" maxLength={4} required defaultValue={v('year')} error={e('year')} />
        <SelectField label="Hình thức" name="type" placeholder="— Chọn hình thức —" options={types} defaultValue={v('type')} error={e('type')} />
        <InputField label="Nội dung khen thưởng" name="title" required defaultValue={v('title')} error={e('title')} className="md:col-span-2" />
      </div>
      <OrganizationPicker
        name="organizationId"
        legend="Tổ chức được khen thưởng (trong sổ đăng ký)"
        single
        initial={recipient}
        error={e('organizationId')}
        hint="Bỏ trống nếu người được khen thưởng là cá nhân hoặc tập thể ngoài sổ đăng ký, và ghi tên ở ô bên dưới."
      />
      <div key={`more-${round}`} className="grid gap-5 md:grid-cols-2">
        <InputField
          label="Tên người, tập thể được khen thưởng"
          name="recipientName"
          hint="Để trống khi đã chọn tổ chức: tên tổ chức được dùng."
          defaultValue={v('recipientName')}
          error={e('recipientName')}
          className="md:col-span-2"
        />
        <InputField label="Khối thi đua" name="emulationBlock" list={listId} defaultValue={v('emulationBlock')} error={e('emulationBlock')} className="md:col-span-2" />
        <datalist id={listId}>
          {blocks.map((b) => (
            <option key={b} value={b} />
          ))}
        </datalist>
        <InputField label="Số quyết định" name="decisionNumber" required hint="Ví dụ 1452/QĐ-UBND." defaultValue={v('decisionNumber')} error={e('decisionNumber')} />
        <InputField label="Ngày quyết định" name="decisionDate" type="date" defaultValue={v('decisionDate')} error={e('decisionDate')} />
        <InputField label="Cơ quan ban hành" name="issuer" defaultValue={v('issuer')} error={e('issuer')} className="md:col-span-2" />
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
