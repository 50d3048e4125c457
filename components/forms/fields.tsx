import { useId, type ComponentProps, type ReactNode } from 'react';

import { cn } from '@/components/ui/cn';

/*
 * Labelled form controls with their error and hint, wired with aria-invalid and aria-describedby
 * (the counterpart of components/ui/text-field.tsx for selects, text areas, radios, checkboxes).
 * Used inside client forms.
 */

const control =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-red-800">
      {error}
    </p>
  ) : null;
}

export type Option = { value: string; label: string };

export function SelectField({
  label,
  error,
  hint,
  options,
  placeholder,
  className,
  ...select
}: Omit<ComponentProps<'select'>, 'id' | 'children'> & { label: string; error?: string; hint?: string; options: readonly Option[]; placeholder?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={control}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  className,
  ...textarea
}: Omit<ComponentProps<'textarea'>, 'id'> & { label: string; error?: string; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}
        className={control}
        {...textarea}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

/** A group of radio buttons in a fieldset whose legend is the question. */
export function RadioGroupField({
  legend,
  name,
  options,
  defaultValue,
  error,
  className,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  defaultValue?: string;
  error?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset className={className} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium text-slate-800">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2">
            <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="h-5 w-5 accent-brand-700" />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </fieldset>
  );
}

export function CheckboxField({ label, className, ...input }: Omit<ComponentProps<'input'>, 'type' | 'id'> & { label: string }) {
  const id = useId();
  return (
    <div className={cn('flex items-center gap-2', className)}>
      <input id={id} type="checkbox" className="h-5 w-5 accent-brand-700" {...input} />
      <label htmlFor={id} className="font-medium text-slate-800">
        {label}
      </label>
    </div>
  );
}

/** A labelled input with an optional hint under the label (e.g. the expected format). */
export function InputField({
  label,
  error,
  hint,
  className,
  ...input
}: Omit<ComponentProps<'input'>, 'id'> & { label: string; error?: string; hint?: string }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
        className={control}
        {...input}
      />
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
