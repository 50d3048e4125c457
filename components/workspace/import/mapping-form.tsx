'use client';

import { useEffect, useRef } from 'react';

import { SubmitButton } from '@/components/ui/submit-button';
import type { FormAction } from '@/components/workspace/use-form-action';
import { errorOf, useFormAction, valueOf } from '@/components/workspace/use-form-action';

import { PendingProgress } from './progress';

export type MappingColumn = { index: number; letter: string; header: string; samples: string[]; selected: string; unitNote: string | null };
export type MappingSheet = { sheet: number; headerRow: number; name: string; columns: MappingColumn[]; remembered: boolean; dataRows: number };
export type FieldOption = { key: string; label: string; hint?: string };

function ColumnTable({
  caption,
  prefix,
  sheet,
  fields,
  value,
  error,
}: {
  caption: string;
  prefix: string;
  sheet: MappingSheet;
  fields: FieldOption[];
  value: (name: string) => string;
  error: (name: string) => string | undefined;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-4 py-3">Cột</th>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-4 py-3">Tiêu đề trong tệp</th>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-4 py-3">Ví dụ</th>
            <th scope="col" className="border-b border-slate-200 bg-slate-100 px-4 py-3">Ghép với trường</th>
          </tr>
        </thead>
        <tbody>
          {sheet.columns.map((c) => {
            const name = `${prefix}${c.index}`;
            const message = error(name);
            const selectId = `ghep-${name}`;
            return (
              <tr key={c.index}>
                <td className="border-b border-slate-100 px-4 py-3 align-top font-mono">{c.letter}</td>
                <th scope="row" className="border-b border-slate-100 px-4 py-3 align-top font-medium">
                  {c.header || <span className="text-slate-500">(không có tiêu đề)</span>}
                </th>
                <td className="border-b border-slate-100 px-4 py-3 align-top text-slate-700">
                  {c.samples.length ? c.samples.join(' · ') : <span className="text-slate-500">(trống)</span>}
                </td>
                <td className="border-b border-slate-100 px-4 py-3 align-top">
                  <label htmlFor={selectId} className="sr-only">
                    Cột {c.letter}
                    {c.header ? ` (${c.header})` : ''}: ghép với trường
                  </label>
                  <select
                    id={selectId}
                    name={name}
                    defaultValue={value(name)}
                    aria-invalid={message ? true : undefined}
                    aria-describedby={message ? `${selectId}-loi` : c.unitNote ? `${selectId}-goi-y` : undefined}
                    className="block w-full min-w-56 rounded-md border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700"
                  >
                    <option value="">— Bỏ qua cột này —</option>
                    {fields.map((f) => (
                      <option key={f.key} value={f.key}>
                        {f.label}
                      </option>
                    ))}
                  </select>
                  {c.unitNote ? (
                    <p id={`${selectId}-goi-y`} className="mt-1 text-sm text-slate-600">
                      Tiêu đề ghi đơn vị {c.unitNote}: số tiền sẽ được quy ra đồng.
                    </p>
                  ) : null}
                  {message ? (
                    <p id={`${selectId}-loi`} className="mt-1 font-medium text-red-800">
                      {message}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Step 2: each column of the sheet → a field (or ignored), then the preview is computed. */
export function ImportMappingForm({
  action,
  organizations,
  members,
  organizationFields,
  memberFields,
}: {
  action: FormAction;
  organizations: MappingSheet;
  members: MappingSheet | null;
  organizationFields: FieldOption[];
  memberFields: FieldOption[];
}) {
  const { state, round, dispatch, pending } = useFormAction(action);
  const initial: Record<string, string> = {};
  for (const c of organizations.columns) initial[`col_${c.index}`] = c.selected;
  for (const c of members?.columns ?? []) initial[`mcol_${c.index}`] = c.selected;
  const v = (name: string) => valueOf(state, initial, name);
  const e = (name: string) => errorOf(state, name);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') alert.current?.focus();
  }, [state, round]);
  const rows = organizations.dataRows + (members?.dataRows ?? 0);

  return (
    <form action={dispatch} className="space-y-6" noValidate>
      <div ref={alert} tabIndex={-1} role="alert" className="focus:outline-none">
        {state.status === 'error' ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900">{state.message}</p>
        ) : null}
      </div>
      <input type="hidden" name="orgSheet" value={organizations.sheet} />
      <input type="hidden" name="orgHeaderRow" value={organizations.headerRow} />
      <input type="hidden" name="memberSheet" value={members ? members.sheet : ''} />
      <input type="hidden" name="memberHeaderRow" value={members ? members.headerRow : ''} />
      <div key={round} className="space-y-8">
        <section aria-labelledby="ghep-to-chuc" className="space-y-3">
          <h2 id="ghep-to-chuc" className="text-xl font-bold text-slate-900">
            Cột của trang “{organizations.name}” (tổ chức)
          </h2>
          {organizations.remembered ? (
            <p className="text-slate-700">Đã dùng lại cách ghép cột bạn chọn lần trước cho tệp có cùng các tiêu đề.</p>
          ) : (
            <p className="text-slate-700">Hệ thống đã gợi ý theo tiêu đề cột; hãy kiểm tra và sửa nếu cần. Lựa chọn của bạn được ghi nhớ cho lần sau.</p>
          )}
          <ColumnTable caption="Ghép cột của trang tổ chức" prefix="col_" sheet={organizations} fields={organizationFields} value={v} error={e} />
        </section>
        {members ? (
          <section aria-labelledby="ghep-thanh-vien" className="space-y-3">
            <h2 id="ghep-thanh-vien" className="text-xl font-bold text-slate-900">
              Cột của trang “{members.name}” (thành viên)
            </h2>
            <ColumnTable caption="Ghép cột của trang thành viên" prefix="mcol_" sheet={members} fields={memberFields} value={v} error={e} />
          </section>
        ) : null}
      </div>
      <SubmitButton pendingLabel="Đang kiểm tra…">Xem trước kết quả</SubmitButton>
      {pending ? (
        <PendingProgress
          label={`Đang kiểm tra ${rows.toLocaleString('vi-VN')} dòng…`}
          detail="Mỗi dòng được kiểm tra như khi nhập bằng biểu mẫu; chưa có gì được ghi."
        />
      ) : null}
    </form>
  );
}
