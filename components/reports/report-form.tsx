'use client';

import { useState } from 'react';
import { useFormStatus } from 'react-dom';

import { Button } from '@/components/ui/button';
import { CheckboxField, FormMessage, InputField, TextAreaField } from '@/components/workspace/form-fields';
import { useFormAction, valueOf, errorOf } from '@/components/workspace/use-form-action';
import type { ActionState } from '@/lib/actions/state';

export type ReportFormField = { name: string; label: string; unit?: string; group: string; kind: 'count' | 'money' | 'area' | 'percent' };
export type ReportFormGroup = { key: string; label: string; fields: ReportFormField[] };

type ReportAction = (prev: ActionState & { warnings?: string[] }, formData: FormData) => Promise<ActionState & { warnings?: string[] }>;

type Props = {
  action: ReportAction;
  groups: ReportFormGroup[];
  initial: Record<string, string>;
  /** The previous period's figures for "Giống kỳ trước", with that period's name. */
  previous: { label: string; values: Record<string, string> } | null;
  version: number | null;
  /** A suspended organization may file a nil report. */
  allowNil: boolean;
  canSubmit: boolean;
  submitLabel: string;
};

const inputMode = (kind: ReportFormField['kind']) => (kind === 'count' ? 'numeric' : 'decimal');

/**
 * The figures of one report. Numbers are typed the vi-VN way ("1.234.567", "12,5"); the server
 * parses and checks them and answers with field errors (blocking rules) and warnings (which need a
 * comment to submit). "Giống kỳ trước" copies the previous period's figures into the inputs.
 */
export function ReportForm({ action, groups, initial, previous, version, allowNil, canSubmit, submitLabel }: Props) {
  const { state, round, dispatch } = useFormAction(action as never);
  const [fill, setFill] = useState<{ round: number; n: number }>({ round: -1, n: 0 });
  const filled = previous && fill.round === round;
  const value = (name: string) => (filled ? (previous.values[name] ?? '') : valueOf(state, initial, name));
  const warnings = (state as { warnings?: string[] }).warnings ?? [];
  const currentVersion = state.status !== 'idle' && state.values?.version ? state.values.version : version != null ? String(version) : '';

  return (
    <form action={dispatch} noValidate className="space-y-6">
      <FormMessage state={state} />
      {warnings.length > 0 ? (
        <section aria-labelledby="canh-bao" className="rounded-lg border border-amber-400 bg-amber-50 px-5 py-4">
          <h2 id="canh-bao" className="font-semibold text-amber-900">
            Cảnh báo cần giải trình
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <input type="hidden" name="version" value={currentVersion} />
      {previous ? (
        <p className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" onClick={() => setFill({ round, n: fill.n + 1 })}>
            Giống kỳ trước
          </Button>
          <span className="text-slate-600">Điền lại các ô bằng số liệu {previous.label}; kiểm tra rồi sửa những gì đã thay đổi.</span>
        </p>
      ) : null}
      <div key={`${round}-${filled ? fill.n : 0}`} className="space-y-6">
        {allowNil ? (
          <CheckboxField
            name="nilReport"
            label="Báo cáo không phát sinh (tổ chức tạm ngừng hoạt động trong kỳ)"
            defaultChecked={value('nilReport') === 'on'}
            error={errorOf(state, 'nilReport')}
          />
        ) : null}
        {groups.map((g) => (
          <fieldset key={g.key} className="rounded-lg border border-slate-200 bg-white p-5">
            <legend className="px-1 text-lg font-semibold text-slate-900">{g.label}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {g.fields.map((f) => (
                <InputField
                  key={f.name}
                  name={f.name}
                  label={f.unit ? `${f.label} (${f.unit})` : f.label}
                  inputMode={inputMode(f.kind)}
                  autoComplete="off"
                  defaultValue={value(f.name)}
                  error={errorOf(state, f.name)}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <TextAreaField
          name="comment"
          label="Giải trình"
          hint="Bắt buộc khi báo cáo có cảnh báo (ví dụ số thành viên giảm mạnh so với kỳ trước)."
          defaultValue={value('comment')}
          error={errorOf(state, 'comment')}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <IntentButton intent="save" label="Lưu nháp" variant="secondary" />
        {canSubmit ? <IntentButton intent="submit" label={submitLabel} variant="primary" /> : null}
      </div>
    </form>
  );
}

/** A submit button whose name/value tell the action which one was pressed (save or submit). */
function IntentButton({ intent, label, variant }: { intent: 'save' | 'submit'; label: string; variant: 'primary' | 'secondary' }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" name="intent" value={intent} variant={variant} disabled={pending} aria-disabled={pending}>
      {label}
    </Button>
  );
}
