'use client';

import { useEffect, useRef } from 'react';

import { SubmitButton } from '@/components/ui/submit-button';
import type { FormAction } from '@/components/workspace/use-form-action';
import { useFormAction } from '@/components/workspace/use-form-action';

import { PendingProgress } from './progress';

/** Step 4: import the valid rows, in one transaction on the server. */
export function ImportRunForm({ action, label, rows, disabled }: { action: FormAction; label: string; rows: number; disabled: boolean }) {
  const { state, round, dispatch, pending } = useFormAction(action);
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status === 'error') alert.current?.focus();
  }, [state, round]);
  return (
    <form action={dispatch} className="space-y-3">
      {state.status === 'error' ? (
        <p ref={alert} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900 focus:outline-none">
          {state.message}
        </p>
      ) : null}
      {disabled ? (
        <p className="text-slate-700">Không có dòng nào để nhập: hãy sửa tệp rồi tải lên lại.</p>
      ) : (
        <SubmitButton pendingLabel="Đang nhập…">{label}</SubmitButton>
      )}
      {pending ? (
        <PendingProgress
          label={`Đang nhập ${rows.toLocaleString('vi-VN')} dòng…`}
          detail="Mọi dòng được ghi trong một lần (một giao dịch): nếu có lỗi, không dòng nào được ghi. Vui lòng không đóng trang."
        />
      ) : null}
    </form>
  );
}

/** "Hủy" an import that has not run: the stored file is deleted. */
export function DiscardImportForm({ action }: { action: FormAction }) {
  const { dispatch } = useFormAction(action);
  return (
    <form action={dispatch}>
      <SubmitButton pendingLabel="Đang hủy…" variant="ghost">
        Hủy và tải tệp khác
      </SubmitButton>
    </form>
  );
}
