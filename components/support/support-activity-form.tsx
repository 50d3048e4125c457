'use client';

import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { FormMessage, InputField, SelectField, TextAreaField, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { errorOf, useFormAction, valueOf, type FormAction } from '@/components/workspace/use-form-action';

import { OrganizationPicker, type PickedOrganization } from './organization-picker';

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  served: PickedOrganization[];
  kinds: Option[];
  units: Option[];
  submitLabel: string;
  cancelHref: string;
};

export function SupportActivityForm({ action, initial, served, kinds, units, submitLabel, cancelHref }: Props) {
  const { state, round, dispatch } = useFormAction(action);
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  return (
    <form action={dispatch} noValidate className="max-w-4xl space-y-6">
      <FormMessage state={state} />
      <div key={round} className="grid gap-5 md:grid-cols-2">
        <SelectField label="Loại hoạt động" name="kind" placeholder="— Chọn loại —" options={kinds} defaultValue={v('kind')} error={e('kind')} />
        <InputField label="Tên hoạt động" name="title" required defaultValue={v('title')} error={e('title')} className="md:col-span-2" />
        <InputField label="Ngày bắt đầu" name="startsOn" type="date" required defaultValue={v('startsOn')} error={e('startsOn')} />
        <InputField label="Ngày kết thúc" name="endsOn" type="date" defaultValue={v('endsOn')} error={e('endsOn')} />
        <InputField label="Địa điểm" name="location" defaultValue={v('location')} error={e('location')} />
        <SelectField label="Địa bàn" name="unitId" placeholder="Toàn tỉnh" options={units} defaultValue={v('unitId')} error={e('unitId')} />
        <InputField
          label="Số người tham dự"
          name="attendees"
          inputMode="numeric"
          hint="Bắt buộc với lớp tập huấn."
          defaultValue={v('attendees')}
          error={e('attendees')}
        />
        <InputField label="Kinh phí (đồng)" name="cost" inputMode="numeric" hint="Ví dụ 45.000.000." defaultValue={v('cost')} error={e('cost')} />
        <InputField label="Nguồn kinh phí" name="fundingSource" defaultValue={v('fundingSource')} error={e('fundingSource')} className="md:col-span-2" />
        <TextAreaField label="Nội dung" name="description" defaultValue={v('description')} error={e('description')} className="md:col-span-2" />
      </div>
      <OrganizationPicker
        name="organizationIds"
        legend="Tổ chức được hỗ trợ"
        initial={served}
        hint="Gõ ít nhất 2 ký tự, có dấu hay không dấu đều được; chọn bao nhiêu tổ chức cũng được."
        error={e('organizationIds')}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{submitLabel}</SubmitButton>
        <Link href={cancelHref} className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
