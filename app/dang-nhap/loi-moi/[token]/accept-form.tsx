'use client';

import Link from 'next/link';
import { useActionState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { fieldError, FormMessage, InputField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import type { ActionState } from '@/lib/actions/state';
import { acceptInvitation } from '@/lib/users/actions';
import { PASSWORD_MIN_LENGTH } from '@/lib/users/schema';

const idle: ActionState = { status: 'idle' };

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [state, action] = useActionState(acceptInvitation.bind(null, token), idle);
  if (state.status === 'success') {
    return (
      <div className="mt-6 space-y-5">
        <FormMessage state={state} />
        <Link href="/dang-nhap" className={buttonClasses('primary', 'w-full text-lg')}>
          Đăng nhập
        </Link>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="mt-6 space-y-5">
      <FormMessage state={state} />
      {/* Lets password managers save the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
      <InputField
        label="Mật khẩu mới"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        error={fieldError(state, 'newPassword')}
        hint={`Ít nhất ${PASSWORD_MIN_LENGTH} ký tự, không trùng với email.`}
      />
      <InputField
        label="Nhập lại mật khẩu mới"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={fieldError(state, 'confirmPassword')}
      />
      <SubmitButton pendingLabel="Đang lưu…" className="w-full text-lg">
        Đặt mật khẩu
      </SubmitButton>
    </form>
  );
}
