'use client';

import type { ReactNode } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SubmitButton } from '@/components/ui/submit-button';

import { useFormAction, type FormAction } from './use-form-action';

/** "Xóa …" behind a confirmation dialog; the action is bound to the record and leaves the page. */
export function DeleteRecordButton({ action, trigger, title, children }: { action: FormAction; trigger: string; title: string; children: ReactNode }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <div>
      <ConfirmDialog
        trigger={trigger}
        title={title}
        confirm={
          <form action={dispatch}>
            <SubmitButton pendingLabel="Đang xóa…" variant="danger">
              {trigger}
            </SubmitButton>
          </form>
        }
      >
        {children}
      </ConfirmDialog>
      {state.status === 'error' ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
