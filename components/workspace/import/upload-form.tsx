'use client';

import { useState } from 'react';

import { InputField } from '@/components/ui/form-fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { FormAction } from '@/components/workspace/use-form-action';
import { errorOf, useFormAction } from '@/components/workspace/use-form-action';

import { PendingProgress } from './progress';

/**
 * Step 1: choose the file. The size is checked here too, so a file over the limit is refused at
 * once instead of after a long upload (the server checks again, and checks the content).
 */
export function ImportUploadForm({ action, maxBytes, maxLabel }: { action: FormAction; maxBytes: number; maxLabel: string }) {
  const { state, round, dispatch, pending } = useFormAction(action);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? errorOf(state, 'file');
  return (
    <form
      action={dispatch}
      onSubmit={(event) => {
        const input = event.currentTarget.elements.namedItem('file');
        const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
        if (file && file.size > maxBytes) {
          event.preventDefault();
          setLocalError(`Tệp quá lớn (${(file.size / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB; tối đa ${maxLabel}). Hãy chia thành nhiều tệp nhỏ hơn.`);
        }
      }}
      className="space-y-4"
      noValidate
    >
      {state.status === 'error' && !localError ? (
        <p key={round} role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900">
          Chưa đọc được tệp: {state.message}
        </p>
      ) : null}
      <InputField
        name="file"
        type="file"
        label="Tệp danh sách (.xlsx hoặc .csv)"
        required
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        hint={`Tối đa ${maxLabel} và 20.000 dòng. CSV nên lưu dạng “CSV UTF-8”; tệp dùng bảng mã Windows-1258 hoặc TCVN3 cũng đọc được.`}
        error={error}
        onChange={() => setLocalError(null)}
      />
      <SubmitButton pendingLabel="Đang tải lên…">Tải lên và đọc tệp</SubmitButton>
      {pending ? <PendingProgress label="Đang tải lên và đọc tệp…" detail="Tệp được kiểm tra nội dung (không chỉ đuôi tệp) trước khi đọc." /> : null}
    </form>
  );
}
