'use client';

import Link from 'next/link';
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { CheckboxField, FormMessage, InputField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { type FormAction, errorOf, useFormAction } from '@/components/workspace/use-form-action';
import type { OrgKind } from '@/lib/generated/prisma/enums';
import { ORG_KIND_LABELS, RATING_LABELS } from '@/lib/organizations/sectors';
import { bandInput, criterionInput, kindInput, ORG_KINDS, RATED_BANDS } from '@/lib/ratings/schema';

export type SchemeFormInitial = {
  code: string;
  name: string;
  legalBasis: string;
  maxPoints: string;
  minMonthsOperating: string;
  maxMonthsStopped: string;
  validFromYear: string;
  orgKinds: OrgKind[];
  criteria: { group: string; title: string; points: string }[];
  /** "from" and "below" per band, as typed ("" when unused / no upper bound). */
  bands: Record<string, { min: string; max: string }>;
};

type Row = { key: number; group: string; title: string; points: string };

let nextKey = 0;
const keyed = (rows: SchemeFormInitial['criteria']): Row[] => rows.map((r) => ({ key: ++nextKey, ...r }));

/**
 * A rating scheme with its criteria (rows added and removed in place) and bands. In edit mode the
 * code and the first year are fixed: they identify the scheme and decide which years it rates.
 */
export function SchemeForm({ action, initial, mode }: { action: FormAction; initial: SchemeFormInitial; mode: 'create' | 'edit' }) {
  const { state, dispatch } = useFormAction(action);
  const [scalars, setScalars] = useState({ code: initial.code, name: initial.name, legalBasis: initial.legalBasis, maxPoints: initial.maxPoints, minMonthsOperating: initial.minMonthsOperating, maxMonthsStopped: initial.maxMonthsStopped, validFromYear: initial.validFromYear });
  const [kinds, setKinds] = useState<OrgKind[]>(initial.orgKinds);
  const [rows, setRows] = useState<Row[]>(() => keyed(initial.criteria));
  const [bands, setBands] = useState(initial.bands);
  const sum = rows.reduce((a, r) => a + (/^\d{1,3}$/.test(r.points.trim()) ? Number(r.points) : 0), 0);

  if (mode === 'create' && state.status === 'success' && state.values?.id) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <p className="flex flex-wrap gap-4">
          <Link href={`/quan-tri/xep-loai/bo-tieu-chi/${state.values.id}`} className="font-medium text-brand-800 underline">
            Xem bộ tiêu chí vừa thêm
          </Link>
          <Link href="/quan-tri/xep-loai/bo-tieu-chi" className="font-medium text-brand-800 underline">
            Về danh sách bộ tiêu chí
          </Link>
        </p>
      </div>
    );
  }

  const scalar = (name: keyof typeof scalars, label: string, extra: { hint?: string; inputMode?: 'numeric'; className?: string; readOnly?: boolean } = {}) => (
    <InputField
      label={label}
      name={name}
      value={scalars[name]}
      onChange={(e) => setScalars((s) => ({ ...s, [name]: e.target.value }))}
      error={errorOf(state, name)}
      {...extra}
    />
  );
  const setRow = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <form action={dispatch} noValidate className="space-y-8">
      <FormMessage state={state} />
      <fieldset className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5 md:grid-cols-2">
        <legend className="px-1 text-lg font-semibold text-slate-900">Thông tin chung</legend>
        {scalar('code', 'Mã bộ tiêu chí', { hint: mode === 'edit' ? 'Mã không đổi được.' : 'Ví dụ TT01-2020.', readOnly: mode === 'edit' })}
        {scalar('validFromYear', 'Áp dụng từ năm', {
          inputMode: 'numeric',
          readOnly: mode === 'edit',
          hint: mode === 'edit' ? 'Năm bắt đầu áp dụng không đổi được.' : 'Từ 01/01 năm này; bộ tiêu chí trước cho cùng loại hình áp dụng đến hết năm trước.',
        })}
        {scalar('name', 'Tên bộ tiêu chí', { className: 'md:col-span-2' })}
        {scalar('legalBasis', 'Căn cứ pháp lý', { className: 'md:col-span-2' })}
        {scalar('maxPoints', 'Điểm tối đa', { inputMode: 'numeric' })}
        {scalar('minMonthsOperating', 'Số tháng hoạt động tối thiểu để được xếp loại', { inputMode: 'numeric', hint: 'Hoạt động chưa đủ số tháng này tính đến 31/12 thì không xếp loại.' })}
        {scalar('maxMonthsStopped', 'Số tháng ngừng hoạt động tối đa trong năm', { inputMode: 'numeric', hint: 'Tạm ngừng hoặc chấm dứt hoạt động quá số tháng này trong năm thì không xếp loại.' })}
        <fieldset className="md:col-span-2">
          <legend className="font-medium text-slate-800">Loại hình được xếp loại</legend>
          <p className="text-sm text-slate-600">Không chọn loại hình nào: áp dụng cho mọi loại hình.</p>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {ORG_KINDS.map((k) => (
              <CheckboxField
                key={k}
                label={ORG_KIND_LABELS[k]}
                name={kindInput(k)}
                checked={kinds.includes(k)}
                onChange={(e) => setKinds((ks) => (e.target.checked ? [...ks, k] : ks.filter((x) => x !== k)))}
              />
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold text-slate-900">Tiêu chí</legend>
        <p className="mb-4 text-slate-700" aria-live="polite">
          Tổng điểm các tiêu chí: <strong className="tabular-nums">{sum}</strong> / {scalars.maxPoints || '—'}
          {scalars.maxPoints && String(sum) !== scalars.maxPoints.trim() ? ' (phải bằng điểm tối đa)' : ''}
        </p>
        <ol className="space-y-4">
          {rows.map((r, i) => (
            <li key={r.key} className="grid gap-3 border-b border-slate-100 pb-4 md:grid-cols-[14rem_1fr_7rem_auto] md:items-end">
              <InputField label={`Nhóm của tiêu chí ${i + 1}`} name={criterionInput(i, 'group')} value={r.group} onChange={(e) => setRow(r.key, { group: e.target.value })} error={errorOf(state, criterionInput(i, 'group'))} />
              <InputField label={`Nội dung tiêu chí ${i + 1}`} name={criterionInput(i, 'title')} value={r.title} onChange={(e) => setRow(r.key, { title: e.target.value })} error={errorOf(state, criterionInput(i, 'title'))} />
              <InputField label={`Điểm tối đa tiêu chí ${i + 1}`} name={criterionInput(i, 'points')} inputMode="numeric" value={r.points} onChange={(e) => setRow(r.key, { points: e.target.value })} error={errorOf(state, criterionInput(i, 'points'))} />
              <Button variant="ghost" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} aria-label={`Xóa tiêu chí ${i + 1}`}>
                Xóa
              </Button>
            </li>
          ))}
        </ol>
        <Button variant="secondary" className="mt-4" onClick={() => setRows((rs) => [...rs, { key: ++nextKey, group: rs[rs.length - 1]?.group ?? '', title: '', points: '' }])}>
          Thêm tiêu chí
        </Button>
      </fieldset>

      <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
        <legend className="px-1 text-lg font-semibold text-slate-900">Mức xếp loại</legend>
        <p className="mb-4 text-slate-700">
          Một mức áp dụng khi tổng điểm từ điểm “từ” đến dưới điểm “đến dưới”. Các mức phải nối liền nhau từ 0 đến điểm tối đa; mức cao nhất để trống “đến dưới”. Để trống cả hai ô nếu không dùng một mức.
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          {RATED_BANDS.map((b) => (
            <fieldset key={b} className="grid grid-cols-2 gap-3">
              <legend className="font-medium text-slate-800">{RATING_LABELS[b]}</legend>
              <InputField label={`${RATING_LABELS[b]}: từ`} name={bandInput(b, 'min')} inputMode="decimal" value={bands[b]?.min ?? ''} onChange={(e) => setBands((bs) => ({ ...bs, [b]: { min: e.target.value, max: bs[b]?.max ?? '' } }))} error={errorOf(state, bandInput(b, 'min'))} />
              <InputField label={`${RATING_LABELS[b]}: đến dưới`} name={bandInput(b, 'max')} inputMode="decimal" value={bands[b]?.max ?? ''} onChange={(e) => setBands((bs) => ({ ...bs, [b]: { min: bs[b]?.min ?? '', max: e.target.value } }))} error={errorOf(state, bandInput(b, 'max'))} />
            </fieldset>
          ))}
        </div>
      </fieldset>

      <SubmitButton>{mode === 'create' ? 'Thêm bộ tiêu chí' : 'Lưu bộ tiêu chí'}</SubmitButton>
    </form>
  );
}
