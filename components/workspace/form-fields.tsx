import { useId, type ComponentProps, type ReactNode } from 'react';

import { cn } from '@/components/ui/cn';
import type { ActionState } from '@/lib/actions/state';

/**
 * Form controls of the workspace forms, each labelled and wired to its error message with
 * aria-invalid and aria-describedby (like components/ui/text-field.tsx).
 */

const control =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

function Described({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

type SelectProps = Omit<ComponentProps<'select'>, 'id' | 'children'> & {
  label: string;
  error?: string;
  hint?: ReactNode;
  options?: readonly Option[];
  groups?: readonly OptionGroup[];
  /** A first, empty choice ("— Chọn —"). */
  placeholder?: string;
};

export function SelectField({ label, error, hint, options = [], groups = [], placeholder, className, ...select }: SelectProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...select}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

type InputProps = Omit<ComponentProps<'input'>, 'id'> & { label: string; error?: string; hint?: ReactNode };

/** A text input with a hint line (components/ui/text-field.tsx has none). */
export function InputField({ label, error, hint, className, ...input }: InputProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className={control} {...input} />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

type TextAreaProps = Omit<ComponentProps<'textarea'>, 'id'> & { label: string; error?: string; hint?: ReactNode };

export function TextAreaField({ label, error, hint, className, ...textarea }: TextAreaProps) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={cn(control, 'min-h-32')}
        {...textarea}
      />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

type CheckboxProps = Omit<ComponentProps<'input'>, 'id' | 'type'> & { label: ReactNode; error?: string; hint?: ReactNode };

export function CheckboxField({ label, error, hint, className, ...input }: CheckboxProps) {
  const id = useId();
  return (
    <div className={className}>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          {...input}
        />
        <label htmlFor={id} className="text-slate-800">
          {label}
        </label>
      </div>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** A group of radio buttons in a fieldset; `options` values are submitted under `name`. */
export function RadioGroup({
  legend,
  name,
  options,
  defaultValue,
  error,
  className,
}: {
  legend: string;
  name: string;
  options: readonly (Option & { hint?: string })[];
  defaultValue?: string;
  error?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset className={className} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium text-slate-800">{legend}</legend>
      <div className="mt-2 space-y-2">
        {options.map((o) => (
          <div key={o.value} className="flex items-start gap-3">
            <input
              id={`${id}-${o.value}`}
              type="radio"
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              aria-describedby={o.hint ? `${id}-${o.value}-hint` : undefined}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
            <div>
              <label htmlFor={`${id}-${o.value}`} className="text-slate-800">
                {o.label}
              </label>
              {o.hint ? (
                <p id={`${id}-${o.value}-hint`} className="text-sm text-slate-600">
                  {o.hint}
                </p>
              ) : null}
            </div>
          </div>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The outcome of a form's last submission. Both live regions are always in the page, so screen
 * readers announce a message when it appears: errors as an alert, success politely.
 */
export function FormMessage({ state }: { state: ActionState }) {
  return (
    <>
      <div role="alert" aria-atomic="true">
        {state.status === 'error' ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-800">{state.message}</p>
        ) : null}
      </div>
      <div role="status" aria-atomic="true">
        {state.status === 'success' ? (
          <p className="rounded-md border border-brand-200 bg-brand-50 px-4 py-3 font-medium text-brand-900">{state.message}</p>
        ) : null}
      </div>
    </>
  );
}

/** Value to show in a field: what was typed before a refused submit, else the record's value. */
export function typed(state: ActionState, name: string, fallback: string | number | null | undefined = ''): string {
  const values = state.status === 'idle' ? undefined : state.values;
  return values?.[name] ?? (fallback == null ? '' : String(fallback));
}

export function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors[name] : undefined;
}
