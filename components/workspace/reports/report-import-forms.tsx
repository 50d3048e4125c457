'use client';

import { SubmitButton } from '@/components/ui/submit-button';
import { FormMessage } from '@/components/workspace/form-fields';
import { useFormAction, type FormAction } from '@/components/workspace/use-form-action';

type Field = { key: string; label: string };

/** Step 2: which field each column holds (suggested from the headers), then the preview. */
export function ReportMappingForm({
  action,
  headers,
  headerRow,
  columns,
  fields,
}: {
  action: FormAction;
  headers: string[];
  headerRow: number;
  columns: Record<number, string>;
  fields: Field[];
}) {
  const { state, round, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} key={round} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="headerRow" value={headerRow} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {headers.map((h, col) => (
          <label key={col} className="block">
            <span className="block text-sm font-medium text-slate-800">
              Cột {col + 1}: {h || '(không tiêu đề)'}
            </span>
            <select name={`col_${col}`} defaultValue={columns[col] ?? ''} className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-2">
              <option value="">— Bỏ qua —</option>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <SubmitButton pendingLabel="Đang kiểm tra…">Xem trước</SubmitButton>
    </form>
  );
}

/** Step 3: import the accepted rows in one transaction. */
export function ReportCommitForm({ action, count }: { action: FormAction; count: number }) {
  const { state, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Đang nhập…">{`Nhập ${count} dòng hợp lệ (lưu dạng nháp)`}</SubmitButton>
    </form>
  );
}
