'use client';

import { useActionState, useEffect, useId, useRef } from 'react';

import { HoneypotField } from '@/components/site/honeypot-field';
import { type ActionState, idleState } from '@/lib/actions/state';

const control = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

export type PublicFormField = {
  name: string;
  label: string;
  /** Read out with the field (aria-describedby), under its label. */
  hint?: string;
  multiline?: boolean;
  required?: boolean;
  maxLength: number;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel';
};

/**
 * A visitor's short text form on a cached public page (a comment on a draft document or on an
 * article): labelled fields, Vietnamese errors under each field and announced, what was typed
 * kept after a refusal (React resets the form to the values the action sent back), focus on the
 * first field in error or on the confirmation, and the honeypot for bots.
 */
export function PublicCommentForm({
  action,
  fields,
  submitLabel,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: readonly PublicFormField[];
  submitLabel: string;
}) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, idleState);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const value = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : '');

  useEffect(() => {
    if (state.status === 'success') statusRef.current?.focus();
    if (state.status !== 'error') return;
    const first = fields.find((f) => state.fieldErrors[f.name]);
    const input = first ? formRef.current?.querySelector<HTMLElement>(`[name="${first.name}"]`) : null;
    (input ?? alertRef.current)?.focus();
  }, [state, fields]);

  return (
    <form ref={formRef} action={dispatch} noValidate className="relative space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <div ref={alertRef} tabIndex={-1} role="alert" aria-atomic="true" className="focus:outline-none">
        {state.status === 'error' ? <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">{state.message}</p> : null}
      </div>
      <div ref={statusRef} tabIndex={-1} role="status" aria-atomic="true" className="focus:outline-none">
        {state.status === 'success' ? <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">{state.message}</p> : null}
      </div>
      {fields.some((f) => f.required) ? <p className="text-slate-700">Các trường có dấu * là bắt buộc.</p> : null}
      {fields.map((f) => {
        const error = errors[f.name];
        const describedBy = [f.hint ? `${id}-${f.name}-hint` : null, error ? `${id}-${f.name}-error` : null].filter(Boolean).join(' ') || undefined;
        const props = {
          id: `${id}-${f.name}`,
          name: f.name,
          defaultValue: value(f.name),
          required: f.required,
          maxLength: f.maxLength,
          autoComplete: f.autoComplete,
          inputMode: f.inputMode,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          className: control,
        } as const;
        return (
          <div key={f.name}>
            <label htmlFor={props.id} className="block font-medium text-slate-800">
              {f.label}
              {f.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            {f.hint ? (
              <p id={`${id}-${f.name}-hint`} className="text-sm text-slate-600">
                {f.hint}
              </p>
            ) : null}
            {f.multiline ? <textarea {...props} rows={6} /> : <input {...props} type="text" />}
            {error ? (
              <p id={`${id}-${f.name}-error`} className="mt-1 text-red-800">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <HoneypotField idPrefix={id} />
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70">
        {pending ? 'Đang gửi…' : submitLabel}
      </button>
    </form>
  );
}
