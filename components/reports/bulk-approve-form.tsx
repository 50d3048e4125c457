'use client';

import type { ReactNode } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage } from '@/components/workspace/form-fields';
import { useFormAction, type FormAction } from '@/components/workspace/use-form-action';

/** The list's table with a checkbox per submitted report, and "Duyệt các báo cáo đã chọn" (confirmed). */
export function BulkApproveForm({ action, canApprove, children }: { action: FormAction; canApprove: boolean; children: ReactNode }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} className="space-y-4">
      <FormMessage state={state} />
      {children}
      {canApprove ? (
        <ConfirmSubmit
          tone="primary"
          title="Duyệt các báo cáo đã chọn?"
          description="Chỉ các báo cáo đã gửi được duyệt; số liệu đã duyệt được khoá."
          confirmLabel="Duyệt"
        >
          Duyệt các báo cáo đã chọn
        </ConfirmSubmit>
      ) : null}
    </form>
  );
}
