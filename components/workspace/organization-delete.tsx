'use client';

import type { ReactNode } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SubmitButton } from '@/components/ui/submit-button';

import { useFormAction, type FormAction } from './use-form-action';

/** "Xóa" with a confirmation dialog; the action is the soft delete bound to the record. */
export function DeleteOrganizationButton({ action, name }: { action: FormAction; name: string }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <div>
      <ConfirmDialog
        trigger="Xóa tổ chức"
        title="Xóa tổ chức này?"
        confirm={
          <form action={dispatch}>
            <SubmitButton pendingLabel="Đang xóa…" variant="danger">
              Xóa tổ chức
            </SubmitButton>
          </form>
        }
      >
        <p>
          <strong>{name}</strong> sẽ bị ẩn khỏi mọi danh sách và khỏi cổng thông tin. Lịch sử và dữ liệu vẫn được giữ; quản trị
          hệ thống có thể khôi phục trong mục “Tổ chức đã xóa”.
        </p>
      </ConfirmDialog>
      {state.status === 'error' ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

/** "Khôi phục" for a deleted organization (admin). */
export function RestoreOrganizationButton({ action, label = 'Khôi phục' }: { action: FormAction; label?: ReactNode }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch}>
      <SubmitButton pendingLabel="Đang khôi phục…" variant="secondary">
        {label}
      </SubmitButton>
      {state.status === 'error' ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
