'use client';

import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';

import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import type { SubmissionState } from '@/lib/generated/prisma/enums';
import type { GridColumn, GridRow } from '@/lib/reports/grid-queries';
import type { GridRowInput, GridRowResult } from '@/lib/reports/grid-types';

type Props = {
  periodId: number;
  columns: GridColumn[];
  rows: GridRow[];
  saveRow: (periodId: number, row: GridRowInput) => Promise<GridRowResult>;
  submitRows: (periodId: number, rows: GridRowInput[]) => Promise<GridRowResult[]>;
};

type RowState = {
  values: Record<string, string>;
  comment: string;
  version: number;
  state: SubmissionState;
  dirty: boolean;
  pending: boolean;
  selected: boolean;
  result: GridRowResult | null;
};

const STATE_LABELS: Record<SubmissionState, string> = {
  DRAFT: 'Nháp',
  SUBMITTED: 'Đã gửi',
  APPROVED: 'Đã duyệt (khóa)',
  RETURNED: 'Bị trả lại',
};

const editable = (s: SubmissionState) => s === 'DRAFT' || s === 'RETURNED';

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Thousands dots as the number is typed ("1234567" → "1.234.567"). Text that is not a plain
 * number of the column's kind (a decimal in a money column, letters) is left as typed, so the
 * server can say what is wrong instead of the grid silently changing it.
 */
export function formatAsTyped(kind: GridColumn['kind'], text: string): string {
  if (kind === 'count' || kind === 'money') {
    const m = /^(-?)([\d.]*)$/.exec(text.replace(/\s/g, ''));
    if (!m) return text;
    const digits = m[2].replaceAll('.', '').replace(/^0+(?=\d)/, '');
    return `${m[1]}${group(digits)}`;
  }
  const m = /^(-?)([\d.]*)(,\d*)?$/.exec(text.replace(/\s/g, ''));
  if (!m) return text;
  const digits = m[2].replaceAll('.', '').replace(/^0+(?=\d)/, '');
  return `${m[1]}${group(digits)}${m[3] ?? ''}`;
}

/** Where the caret goes after reformatting: after the same number of digits (and commas) as before. */
function caretAfter(formatted: string, significantBefore: number): number {
  if (significantBefore === 0) return formatted.startsWith('-') ? 1 : 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/[\d,-]/.test(formatted[i])) seen++;
    if (seen === significantBefore) return i + 1;
  }
  return formatted.length;
}

function initialState(rows: GridRow[]): Record<number, RowState> {
  return Object.fromEntries(
    rows.map((r) => [
      r.organizationId,
      { values: r.values, comment: r.comment, version: r.version, state: r.state, dirty: false, pending: false, selected: false, result: null },
    ]),
  );
}

/**
 * The grid: one row per expected organization, one input per figure. Tab moves across, Enter
 * down (Shift+Enter up) to the same column. A changed row is saved when focus leaves it (or with
 * its button); each row is saved on its own, so one refused row keeps its text and its errors
 * while the others are stored.
 */
export function ReportGrid({ periodId, columns, rows, saveRow, submitRows }: Props) {
  const [state, setState] = useState<Record<number, RowState>>(() => initialState(rows));
  // The latest state for handlers that run between renders (a save finishing while a submit starts).
  const latest = useRef(state);
  const saving = useRef(new Map<number, Promise<void>>());
  const [summary, setSummary] = useState<string>('');
  const [busy, setBusy] = useState(false);

  const update = useCallback((id: number, change: (r: RowState) => RowState) => {
    latest.current = { ...latest.current, [id]: change(latest.current[id]) };
    setState(latest.current);
  }, []);

  const inputOf = (id: number): GridRowInput => {
    const r = latest.current[id];
    return { organizationId: id, version: r.version, values: r.values, comment: r.comment };
  };

  const applyResult = (id: number, res: GridRowResult, sentValues: Record<string, string>, sentComment: string) => {
    update(id, (r) => {
      // Text typed while the request was out stays: only what was sent is replaced by the stored form.
      const untouched = r.values === sentValues && r.comment === sentComment;
      return {
        ...r,
        version: res.version,
        state: res.state,
        pending: false,
        result: res,
        dirty: untouched ? !res.ok : true,
        values: untouched && res.ok && res.values ? res.values : r.values,
        selected: res.ok && !editable(res.state) ? false : r.selected,
      };
    });
  };

  const save = (id: number): Promise<void> => {
    const previous = saving.current.get(id) ?? Promise.resolve();
    const next = previous.then(async () => {
      const r = latest.current[id];
      if (!r.dirty || !editable(r.state)) return;
      const input = inputOf(id);
      update(id, (x) => ({ ...x, pending: true }));
      try {
        applyResult(id, await saveRow(periodId, input), input.values, input.comment);
      } catch {
        update(id, (x) => ({
          ...x,
          pending: false,
          result: { organizationId: id, ok: false, message: 'Không lưu được dòng này (lỗi kết nối). Dữ liệu đã nhập vẫn còn, hãy thử lại.', errors: [], warnings: [], state: x.state, version: x.version },
        }));
      }
    });
    saving.current.set(id, next);
    return next;
  };

  const submit = async (ids: number[]) => {
    setBusy(true);
    setSummary('');
    try {
      await Promise.all(ids.map((id) => saving.current.get(id) ?? Promise.resolve()));
      const targets = ids.filter((id) => editable(latest.current[id].state));
      if (targets.length === 0) {
        setSummary('Không có dòng nào có thể gửi.');
        return;
      }
      const inputs = targets.map(inputOf);
      for (const id of targets) update(id, (x) => ({ ...x, pending: true }));
      let results: GridRowResult[];
      try {
        results = await submitRows(periodId, inputs);
      } catch {
        for (const id of targets) update(id, (x) => ({ ...x, pending: false }));
        setSummary('Không gửi được (lỗi kết nối). Dữ liệu đã nhập vẫn còn, hãy thử lại.');
        return;
      }
      results.forEach((res, i) => applyResult(res.organizationId, res, inputs[i].values, inputs[i].comment));
      const ok = results.filter((r) => r.ok).length;
      setSummary(`Đã gửi ${ok}/${results.length} báo cáo.${ok < results.length ? ' Các dòng chưa gửi được có ghi lỗi ngay dưới dòng.' : ''}`);
    } finally {
      setBusy(false);
    }
  };

  const onCellChange = (id: number, col: GridColumn, el: HTMLInputElement) => {
    const raw = el.value;
    const caret = el.selectionStart ?? raw.length;
    const significant = raw.slice(0, caret).replace(/[^\d,-]/g, '').length;
    const formatted = formatAsTyped(col.kind, raw);
    update(id, (r) => ({ ...r, dirty: true, values: { ...r.values, [col.name]: formatted } }));
    if (formatted !== raw) {
      const pos = caretAfter(formatted, significant);
      requestAnimationFrame(() => el.setSelectionRange(pos, pos));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const { row, col } = e.currentTarget.dataset;
    const next = Number(row) + (e.shiftKey ? -1 : 1);
    const target = document.querySelector<HTMLInputElement>(`input[data-grid="${periodId}"][data-row="${next}"][data-col="${col}"]`);
    target?.focus();
    target?.select();
  };

  const onRowBlur = (id: number) => (e: FocusEvent<HTMLTableRowElement>) => {
    if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
    if (latest.current[id]?.dirty) void save(id);
  };

  const selectedIds = rows.filter((r) => state[r.organizationId].selected).map((r) => r.organizationId);
  const submittable = rows.filter((r) => editable(state[r.organizationId].state)).map((r) => r.organizationId);
  const allSelected = submittable.length > 0 && submittable.every((id) => state[id].selected);
  const width = columns.length + 5;

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Button onClick={() => submit(selectedIds)} disabled={busy || selectedIds.length === 0}>
          Gửi các dòng đã chọn ({selectedIds.length})
        </Button>
        <Button variant="secondary" onClick={() => submit(submittable)} disabled={busy || submittable.length === 0}>
          Gửi tất cả dòng hợp lệ
        </Button>
        <p role="status" className="text-slate-800">
          {summary}
        </p>
      </div>
      <p id={`grid-help-${periodId}`} className="mb-3 text-sm text-slate-600">
        Tab: sang ô bên phải; Enter: xuống dòng dưới (Shift+Enter: lên). Mỗi dòng được lưu khi rời khỏi dòng hoặc bấm “Lưu”. Dòng có cảnh báo cần ghi giải trình trước khi gửi.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="border-collapse text-left text-sm">
          <caption className="sr-only">Nhập báo cáo theo lưới, mỗi dòng một tổ chức</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 border-b border-slate-200 bg-slate-100 px-2 py-2">
                <input
                  type="checkbox"
                  aria-label="Chọn tất cả các dòng có thể gửi"
                  checked={allSelected}
                  onChange={(e) => {
                    for (const id of submittable) update(id, (r) => ({ ...r, selected: e.target.checked }));
                  }}
                />
              </th>
              <th scope="col" className="sticky left-8 z-10 min-w-56 border-b border-slate-200 bg-slate-100 px-2 py-2 font-semibold">
                Tổ chức
              </th>
              <th scope="col" className="border-b border-slate-200 bg-slate-100 px-2 py-2 font-semibold">
                Trạng thái
              </th>
              {columns.map((c) => (
                <th key={c.name} scope="col" title={c.label} className="border-b border-slate-200 bg-slate-100 px-2 py-2 text-right font-semibold whitespace-nowrap">
                  {c.short}
                  {c.unit && c.unit !== 'người' ? <span className="block text-xs font-normal text-slate-600">({c.unit})</span> : null}
                </th>
              ))}
              <th scope="col" className="border-b border-slate-200 bg-slate-100 px-2 py-2 font-semibold">
                Giải trình
              </th>
              <th scope="col" className="border-b border-slate-200 bg-slate-100 px-2 py-2 font-semibold">
                <span className="sr-only">Lưu dòng</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => {
              const id = row.organizationId;
              const s = state[id];
              const open = editable(s.state);
              const msgId = `grid-msg-${id}`;
              const res = s.result;
              const fieldHasError = (name: string) => Boolean(res && !res.ok && res.errors.some((e) => e.field === name));
              return [
                <tr key={`r${id}`} onBlur={onRowBlur(id)} className={cn(res && !res.ok ? 'bg-red-50' : s.dirty ? 'bg-amber-50' : '')}>
                  <td className="sticky left-0 border-t border-slate-200 bg-inherit px-2 py-1">
                    <input
                      type="checkbox"
                      aria-label={`Chọn ${row.name}`}
                      checked={s.selected}
                      disabled={!open}
                      onChange={(e) => update(id, (r) => ({ ...r, selected: e.target.checked }))}
                    />
                  </td>
                  <th scope="row" className="sticky left-8 border-t border-slate-200 bg-white px-2 py-1 text-left font-medium">
                    {row.name}
                    {row.registrationNumber ? <span className="block text-xs font-normal text-slate-600">{row.registrationNumber}</span> : null}
                  </th>
                  <td className="border-t border-slate-200 px-2 py-1 whitespace-nowrap">
                    {s.pending ? 'Đang lưu…' : STATE_LABELS[s.state]}
                    {s.dirty && !s.pending ? <span className="block text-xs text-amber-800">chưa lưu</span> : null}
                  </td>
                  {columns.map((c) =>
                    c.creditOnly && row.kind !== 'CREDIT_FUND' ? (
                      <td key={c.name} className="border-t border-slate-200 px-2 py-1 text-center text-slate-400">
                        <span aria-hidden="true">—</span>
                      </td>
                    ) : (
                      <td key={c.name} className="border-t border-slate-200 px-1 py-1">
                        <input
                          type="text"
                          inputMode={c.kind === 'count' || c.kind === 'money' ? 'numeric' : 'decimal'}
                          autoComplete="off"
                          data-grid={periodId}
                          data-row={rowIndex}
                          data-col={c.name}
                          aria-label={`${c.label} – ${row.name}`}
                          aria-describedby={msgId}
                          aria-invalid={fieldHasError(c.name) || undefined}
                          readOnly={!open}
                          value={s.values[c.name] ?? ''}
                          onChange={(e) => onCellChange(id, c, e.currentTarget)}
                          onKeyDown={onKeyDown}
                          className={cn(
                            'w-full rounded border px-2 py-1 text-right tabular-nums',
                            c.kind === 'money' ? 'min-w-36' : 'min-w-20',
                            fieldHasError(c.name) ? 'border-red-600 ring-1 ring-red-600' : 'border-slate-300',
                            !open ? 'bg-slate-100 text-slate-700' : 'bg-white',
                          )}
                        />
                      </td>
                    ),
                  )}
                  <td className="border-t border-slate-200 px-1 py-1">
                    <input
                      type="text"
                      data-grid={periodId}
                      data-row={rowIndex}
                      data-col="comment"
                      aria-label={`Giải trình – ${row.name}`}
                      aria-describedby={msgId}
                      readOnly={!open}
                      value={s.comment}
                      onChange={(e) => {
                        const v = e.currentTarget.value;
                        update(id, (r) => ({ ...r, dirty: true, comment: v }));
                      }}
                      onKeyDown={onKeyDown}
                      className={cn('w-56 rounded border border-slate-300 px-2 py-1', !open ? 'bg-slate-100' : 'bg-white')}
                    />
                  </td>
                  <td className="border-t border-slate-200 px-1 py-1">
                    {open ? (
                      <Button variant="secondary" className="px-2 py-1 text-sm" onClick={() => save(id)} disabled={s.pending || !s.dirty} aria-label={`Lưu dòng ${row.name}`}>
                        Lưu
                      </Button>
                    ) : null}
                  </td>
                </tr>,
                <tr key={`m${id}`}>
                  <td colSpan={width} className="px-2 pb-1">
                    <div id={msgId}>
                      {row.returnReason && s.state === 'RETURNED' ? <p className="text-sm text-amber-900">Lý do trả lại: {row.returnReason}</p> : null}
                      {res && !res.ok ? (
                        <div role="alert" className="text-sm text-red-800">
                          <p className="font-medium">{res.message}</p>
                          {res.errors.length > 0 ? (
                            <ul className="list-disc pl-5">
                              {res.errors.map((e, i) => (
                                <li key={i}>{e.message}</li>
                              ))}
                            </ul>
                          ) : null}
                        </div>
                      ) : null}
                      {res && res.ok ? <p className="text-sm text-brand-800">{res.message}</p> : null}
                      {res && res.warnings.length > 0 ? (
                        <ul className="list-disc pl-5 text-sm text-amber-900">
                          {res.warnings.map((w, i) => (
                            <li key={i}>Cảnh báo: {w.message}</li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                  </td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
