'use client';

import { useActionState } from 'react';

import { fieldError, FormMessage, InputField, RadioGroup, SelectField, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { type ActionState, idleState } from '@/lib/actions/state';

export type MemberFormValues = {
  type: string;
  kind: string;
  name: string;
  idNumber: string;
  birthYear: string;
  gender: string;
  address: string;
  phone: string;
  joinedOn: string;
};

const EMPTY: MemberFormValues = { type: 'OFFICIAL', kind: 'PERSON', name: '', idNumber: '', birthYear: '', gender: '', address: '', phone: '', joinedOn: '' };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  initial?: MemberFormValues;
  submitLabel: string;
  typeOptions: { value: string; label: string }[];
  kindOptions: { value: string; label: string }[];
  today: string;
};

/** Adds a member (no `initial`) or corrects one. */
export function MemberForm({ action, initial = EMPTY, submitLabel, typeOptions, kindOptions, today }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const v = (name: keyof MemberFormValues) => typed(state, name, initial[name]);
  const e = (name: keyof MemberFormValues) => fieldError(state, name);

  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <RadioGroup legend="Loại thành viên (Luật Hợp tác xã 2023)" name="type" options={typeOptions} defaultValue={v('type')} error={e('type')} />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField label="Thành viên là" name="kind" options={kindOptions} defaultValue={v('kind')} error={e('kind')} />
        <InputField label="Họ và tên / tên tổ chức" name="name" required autoComplete="off" defaultValue={v('name')} error={e('name')} />
        <InputField
          label="Số CCCD / mã số doanh nghiệp"
          name="idNumber"
          inputMode="numeric"
          autoComplete="off"
          hint="Cá nhân, hộ gia đình: 12 chữ số CCCD. Pháp nhân: mã số doanh nghiệp hoặc HTX."
          defaultValue={v('idNumber')}
          error={e('idNumber')}
        />
        <InputField label="Năm sinh" name="birthYear" inputMode="numeric" maxLength={4} hint="Cá nhân, hộ gia đình (người đại diện)." defaultValue={v('birthYear')} error={e('birthYear')} />
        <SelectField
          label="Giới tính"
          name="gender"
          placeholder="— Không ghi —"
          options={[
            { value: 'Nam', label: 'Nam' },
            { value: 'Nữ', label: 'Nữ' },
          ]}
          defaultValue={v('gender')}
          error={e('gender')}
        />
        <InputField label="Số điện thoại" name="phone" type="tel" autoComplete="off" defaultValue={v('phone')} error={e('phone')} />
        <InputField label="Địa chỉ" name="address" autoComplete="off" className="md:col-span-2" defaultValue={v('address')} error={e('address')} />
        <InputField label="Ngày gia nhập" name="joinedOn" type="date" max={today} required defaultValue={v('joinedOn')} error={e('joinedOn')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
