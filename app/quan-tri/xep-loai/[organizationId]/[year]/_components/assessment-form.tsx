'use client';

import { type ReactNode, useState } from 'react';

import { Button } from '@/components/ui/button';
import { FormMessage, TextAreaField } from '@/components/workspace/form-fields';
import { type FormAction, errorOf, useFormAction } from '@/components/workspace/use-form-action';
import { type Band, computeRating, pointsText } from '@/lib/ratings/compute';
import { RATING_LABELS } from '@/lib/organizations/sectors';

export type CriterionView = { id: number; ordinal: number; groupName: string; title: string; maxPoints: number };

type Props = {
  action: FormAction;
  criteria: CriterionView[];
  bands: Band[];
  schemeMaxPoints: number;
  notRated: string | null;
  /** Points as shown in the inputs ("7,5"), keyed by criterion id, and the note. */
  initialScores: Record<number, string>;
  initialNote: string;
  /** False once submitted or confirmed: `children` (the read-only view) show instead of the inputs. */
  editable: boolean;
  children?: ReactNode;
};

function groupsOf(criteria: CriterionView[]): { name: string; items: CriterionView[] }[] {
  const out: { name: string; items: CriterionView[] }[] = [];
  for (const c of criteria) {
    const last = out[out.length - 1];
    if (last && last.name === c.groupName) last.items.push(c);
    else out.push({ name: c.groupName, items: [c] });
  }
  return out;
}

/**
 * The self-assessment: points per criterion, grouped as the circular groups them, with the total
 * and the band worked out as one types (the server works them out again on saving).
 */
export function AssessmentForm({ action, criteria, bands, schemeMaxPoints, notRated, initialScores, initialNote, editable, children }: Props) {
  const { state, dispatch, pending } = useFormAction(action);
  const [scores, setScores] = useState<Record<number, string>>(initialScores);
  const [note, setNote] = useState(initialNote);
  const live = computeRating({ criteria, bands, schemeMaxPoints, inputs: scores, notRated: notRated != null });
  const liveProblems = new Map(live.problems.map((p) => [p.criterionId, p.message]));
  const entered = live.scores.size;

  let verdict: string;
  if (live.problems.length > 0) verdict = 'chưa tính được (có điểm không hợp lệ)';
  else if (live.formProblem) verdict = live.formProblem;
  else if (live.rating === 'NOT_RATED') verdict = 'Không xếp loại';
  else verdict = live.rating ? RATING_LABELS[live.rating] : '—';

  // The message stays in place when a submission turns the form into its read-only view.
  if (!editable) {
    return (
      <div className="space-y-6">
        <FormMessage state={state} />
        {children}
      </div>
    );
  }

  return (
    <form action={dispatch} noValidate className="space-y-6">
      <FormMessage state={state} />
      {groupsOf(criteria).map((g) => (
        <fieldset key={g.name} className="rounded-lg border border-slate-200 bg-white p-5">
          <legend className="px-1 text-lg font-semibold text-slate-900">{g.name}</legend>
          <div className="space-y-4">
            {g.items.map((c) => {
              const name = `c_${c.id}`;
              const error = errorOf(state, name) ?? liveProblems.get(c.id);
              const inputId = `diem-${c.id}`;
              return (
                <div key={c.id} className="grid gap-2 sm:grid-cols-[1fr_10rem] sm:items-start">
                  <label htmlFor={inputId} className="text-slate-800">
                    <span className="font-medium">
                      {c.ordinal}. {c.title}
                    </span>{' '}
                    <span className="text-slate-600">(tối đa {c.maxPoints} điểm)</span>
                  </label>
                  <div>
                    <input
                      id={inputId}
                      name={name}
                      inputMode="decimal"
                      autoComplete="off"
                      value={scores[c.id] ?? ''}
                      onChange={(e) => setScores((s) => ({ ...s, [c.id]: e.target.value }))}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-right text-base tabular-nums aria-[invalid=true]:border-red-700"
                    />
                    {error ? (
                      <p id={`${inputId}-error`} className="mt-1 text-sm text-red-800">
                        {error}
                      </p>
                    ) : null}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}

      <TextAreaField label="Ghi chú" name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} error={errorOf(state, 'note')} />

      <div className="sticky bottom-0 z-10 rounded-lg border border-brand-200 bg-brand-50 p-4 shadow-sm">
        <p role="status" aria-live="polite" className="text-lg text-slate-900">
          Tổng điểm: <strong className="tabular-nums">{pointsText(live.totalHundredths)}</strong> / {schemeMaxPoints} · Xếp loại: <strong>{verdict}</strong>
          <span className="block text-sm text-slate-700">
            Đã chấm {entered}/{criteria.length} tiêu chí.{notRated ? ' Không xếp loại năm này (xem lý do ở trên), dù chấm bao nhiêu điểm.' : ''}
          </span>
        </p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
            Lưu nháp
          </Button>
          <Button type="submit" name="intent" value="submit" disabled={pending}>
            Gửi phiếu tự đánh giá
          </Button>
        </div>
      </div>
    </form>
  );
}
