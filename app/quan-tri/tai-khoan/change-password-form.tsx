'use client';

import { useActionState } from 'react';

import { fieldError, FormMessage, InputField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import type { ActionState } from '@/lib/actions/state';
import { changeOwnPassword } from '@/lib/users/actions';
import { PASSWORD_MIN_LENGTH } from '@/lib/users/schema';

const idle: ActionState = { status: 'idle' };

export function ChangePasswordForm() {
  const [state, action] = useActionState(changeOwnPassword, idle);
  return (
    <form action={action} noValidate className="max-w-md space-y-5">
      <FormMessage state={state} />
      <InputField
        label="Mật khẩu hiện tại"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, 'currentPassword')}
      />
      <InputField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        error={fieldError(state, 'newPassword')}
        hint={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, không trùng với email. Nên dùng một cụm từ dễ nhớ.`}
      />
      <InputField
        label="Nhập lại mật khẩu mới"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(state, 'confirmPassword')}
      />
      <SubmitButton pendingLabel="Đang đổi…">Đổi mật khẩu</SubmitButton>
    </form>
  );
}
