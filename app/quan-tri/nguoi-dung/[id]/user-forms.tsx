'use client';

import { useActionState } from 'react';

import { fieldError, FormMessage, InputField, RadioGroup, SelectField, typed, type Option, type OptionGroup } from '@/components/workspace/form-fields';
import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { SubmitButton } from '@/components/workspace/submit-button';
import type { ActionState } from '@/lib/actions/state';
import { resetUserPassword, setUserActive, updateUser } from '@/lib/users/actions';
import type { CredentialState } from '@/lib/users/state';

import { CredentialNotice } from '../credential-notice';
import { credentialModeOptions } from '../options';

const idle: ActionState = { status: 'idle' };

type EditProps = {
  userId: number;
  initial: { name: string; role: string; unitId: number | null };
  roles: Option[];
  units: OptionGroup[];
  isSelf: boolean;
};

export function UserEditForm({ userId, initial, roles, units, isSelf }: EditProps) {
  const [state, action] = useActionState(updateUser.bind(null, userId), idle);
  return (
    <form action={action} noValidate className="space-y-5">
      <FormMessage state={state} />
      <InputField label="Họ và tên" name="name" required defaultValue={typed(state, 'name', initial.name)} error={fieldError(state, 'name')} />
      <SelectField
        label="Vai trò"
        name="role"
        required
        options={roles}
        defaultValue={typed(state, 'role', initial.role)}
        error={fieldError(state, 'role')}
        hint={isSelf ? 'Bạn không thể tự bỏ vai trò Quản trị hệ thống của chính mình.' : undefined}
      />
      <SelectField
        label="Địa bàn phụ trách"
        name="unitId"
        placeholder="— Toàn tỉnh —"
        groups={units}
        defaultValue={typed(state, 'unitId', initial.unitId)}
        error={fieldError(state, 'unitId')}
        hint="Bắt buộc với cán bộ cấp xã/huyện; các vai trò khác làm việc trên toàn tỉnh."
      />
      <SubmitButton>Lưu thay đổi</SubmitButton>
    </form>
  );
}

export function UserActiveForm({ userId, active, name, isSelf }: { userId: number; active: boolean; name: string; isSelf: boolean }) {
  const [state, action] = useActionState(setUserActive.bind(null, userId, !active), idle);
  if (isSelf) {
    return <p className="text-slate-700">Đây là tài khoản của bạn. Bạn không thể tự khóa tài khoản của chính mình.</p>;
  }
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      {active ? (
        <>
          <p className="text-slate-700">Tài khoản bị khóa không đăng nhập được; phiên đang mở cũng chấm dứt ngay ở thao tác tiếp theo.</p>
          <ConfirmSubmit
            title={`Khóa tài khoản ${name}?`}
            description="Người dùng sẽ bị đăng xuất ngay và không thể đăng nhập cho đến khi được mở khóa. Các liên kết mời chưa dùng sẽ bị thu hồi."
            confirmLabel="Khóa tài khoản"
            pendingLabel="Đang khóa…"
          >
            Khóa tài khoản
          </ConfirmSubmit>
        </>
      ) : (
        <>
          <p className="text-slate-700">Tài khoản đang bị khóa.</p>
          <SubmitButton pendingLabel="Đang mở khóa…">Mở khóa tài khoản</SubmitButton>
        </>
      )}
    </form>
  );
}

const idleCredential: CredentialState = { status: 'idle' };

export function ResetPasswordForm({ userId, name }: { userId: number; name: string }) {
  const [state, action] = useActionState(resetUserPassword.bind(null, userId), idleCredential);
  return (
    <div className="space-y-4">
      {state.status === 'success' && state.credential ? <CredentialNotice credential={state.credential} userName={name} /> : null}
      <form action={action} className="space-y-4">
        <FormMessage state={state} />
        <RadioGroup legend="Cấp lại bằng" name="mode" options={credentialModeOptions} defaultValue={typed(state, 'mode', 'password')} error={fieldError(state, 'mode')} />
        <ConfirmSubmit
          tone="primary"
          title={`Cấp lại mật khẩu cho ${name}?`}
          description="Mật khẩu hiện tại và mọi liên kết mời chưa dùng của tài khoản này sẽ không còn dùng được."
          confirmLabel="Cấp lại mật khẩu"
          pendingLabel="Đang cấp…"
        >
          Cấp lại mật khẩu
        </ConfirmSubmit>
      </form>
    </div>
  );
}
