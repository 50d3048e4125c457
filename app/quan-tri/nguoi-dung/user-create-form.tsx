'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { fieldError, FormMessage, InputField, RadioGroup, SelectField, typed, type Option, type OptionGroup } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { createUser } from '@/lib/users/actions';
import type { CredentialState } from '@/lib/users/state';

import { CredentialNotice } from './credential-notice';
import { credentialModeOptions } from './options';

const initial: CredentialState = { status: 'idle' };

type Props = { roles: Option[]; units: OptionGroup[] };

export function UserCreateForm(props: Props) {
  // A new round is a fresh form state, after a credential has been shown and copied.
  const [round, setRound] = useState(0);
  return <CreateRound key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function CreateRound({ roles, units, onAnother }: Props & { onAnother: () => void }) {
  const [state, action] = useActionState(createUser, initial);

  if (state.status === 'success' && state.credential) {
    return (
      <div className="max-w-2xl space-y-5">
        <FormMessage state={state} />
        <CredentialNotice credential={state.credential} userName={state.values?.name ?? 'người dùng'} />
        <p className="flex flex-wrap gap-3">
          <Link href={`/quan-tri/nguoi-dung/${state.userId}`} className={buttonClasses('primary')}>
            Xem tài khoản
          </Link>
          <button type="button" onClick={onAnother} className={buttonClasses('secondary')}>
            Thêm người dùng khác
          </button>
          <Link href="/quan-tri/nguoi-dung" className={buttonClasses('ghost')}>
            Về danh sách người dùng
          </Link>
        </p>
      </div>
    );
  }

  return (
    <form action={action} noValidate className="max-w-2xl space-y-5 rounded-lg border border-slate-200 bg-white p-6">
      <FormMessage state={state} />
      <InputField label="Họ và tên" name="name" autoComplete="off" required defaultValue={typed(state, 'name')} error={fieldError(state, 'name')} />
      <InputField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={typed(state, 'email')}
        error={fieldError(state, 'email')}
        hint="Dùng để đăng nhập; không phân biệt chữ hoa, chữ thường."
      />
      <SelectField label="Vai trò" name="role" required placeholder="— Chọn vai trò —" options={roles} defaultValue={typed(state, 'role')} error={fieldError(state, 'role')} />
      <SelectField
        label="Địa bàn phụ trách"
        name="unitId"
        placeholder="— Toàn tỉnh —"
        groups={units}
        defaultValue={typed(state, 'unitId')}
        error={fieldError(state, 'unitId')}
        hint="Bắt buộc với cán bộ cấp xã/huyện (chỉ thấy và sửa dữ liệu của địa bàn này và các đơn vị trực thuộc); các vai trò khác làm việc trên toàn tỉnh."
      />
      <RadioGroup legend="Cách cấp mật khẩu" name="mode" options={credentialModeOptions} defaultValue={typed(state, 'mode', 'password')} error={fieldError(state, 'mode')} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pendingLabel="Đang tạo…">Tạo tài khoản</SubmitButton>
        <Link href="/quan-tri/nguoi-dung" className={buttonClasses('secondary')}>
          Hủy
        </Link>
      </div>
    </form>
  );
}
