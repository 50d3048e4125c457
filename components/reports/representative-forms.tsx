'use client';

import { useActionState, useState } from 'react';

import { Button } from '@/components/ui/button';
import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { fieldError, FormMessage, InputField, RadioGroup, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { useFormAction, type FormAction } from '@/components/workspace/use-form-action';
import type { CredentialState } from '@/lib/users/state';

import { CredentialNotice } from '@/app/quan-tri/nguoi-dung/credential-notice';
import { credentialModeOptions } from '@/app/quan-tri/nguoi-dung/options';

type CreateAction = (prev: CredentialState, formData: FormData) => Promise<CredentialState>;

/** Staff create a representative account for the organization: name, email, how the credential is issued. */
export function RepresentativeCreateForm({ action }: { action: CreateAction }) {
  const [round, setRound] = useState(0);
  return <CreateRound key={round} action={action} onAnother={() => setRound((r) => r + 1)} />;
}

function CreateRound({ action, onAnother }: { action: CreateAction; onAnother: () => void }) {
  const [state, dispatch] = useActionState(action, { status: 'idle' } as CredentialState);
  if (state.status === 'success' && state.credential) {
    return (
      <div className="max-w-2xl space-y-4">
        <FormMessage state={state} />
        <CredentialNotice credential={state.credential} userName={state.values?.name ?? 'người đại diện'} />
        <Button type="button" variant="secondary" onClick={onAnother}>
          Tạo thêm tài khoản đại diện
        </Button>
      </div>
    );
  }
  return (
    <form action={dispatch} noValidate className="max-w-2xl space-y-4">
      <FormMessage state={state} />
      <InputField label="Họ và tên người đại diện" name="name" autoComplete="off" defaultValue={typed(state, 'name')} error={fieldError(state, 'name')} />
      <InputField label="Email đăng nhập" name="email" type="email" autoComplete="off" defaultValue={typed(state, 'email')} error={fieldError(state, 'email')} />
      <RadioGroup legend="Cách cấp mật khẩu" name="mode" options={credentialModeOptions} defaultValue={typed(state, 'mode', 'password')} error={fieldError(state, 'mode')} />
      <SubmitButton pendingLabel="Đang tạo…">Tạo tài khoản đại diện</SubmitButton>
    </form>
  );
}

/** Deactivates a representative account, after a confirmation. */
export function RepresentativeDeactivate({ action, name }: { action: FormAction; name: string }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit title={`Khoá tài khoản ${name}?`} description="Người này sẽ không đăng nhập được nữa; các liên kết mời chưa dùng bị thu hồi." confirmLabel="Khoá tài khoản">
        {`Khoá tài khoản ${name}`}
      </ConfirmSubmit>
    </form>
  );
}
