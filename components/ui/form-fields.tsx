import type { ComponentProps, ReactNode } from 'react';

import { cn } from './cn';

/**
 * Labelled form controls with a hint and an error message, wired for screen readers
 * (aria-invalid, aria-describedby). Ids are derived from the field name (`f-<name>`), so that an
 * error summary can link to the field. No data access; usable in server and client components.
 */

export const fieldId = (name: string) => `f-${name}`;
const errorId = (name: string) => `f-${name}-loi`;
const hintId = (name: string) => `f-${name}-goi-y`;

type Common = {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  /** Shows "(bắt buộc)" and sets aria-required; the server decides what is required. */
  required?: boolean;
  className?: string;
};

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [error ? errorId(name) : null, hint ? hintId(name) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

const controlClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

function Label({ name, label, required }: { name: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={fieldId(name)} className="block font-medium text-slate-800">
      {label}
      {required ? <span className="font-normal text-slate-600"> (bắt buộc)</span> : null}
    </label>
  );
}

function Messages({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={hintId(name)} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId(name)} className="mt-1 font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

export function InputField({
  name,
  label,
  hint,
  error,
  required,
  className,
  ...input
}: Common & Omit<ComponentProps<'input'>, 'name' | 'id' | 'required'>) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} />
      <input
        id={fieldId(name)}
        name={name}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={controlClass}
        {...input}
      />
      <Messages name={name} hint={hint} error={error} />
    </div>
  );
}

export function TextareaField({
  name,
  label,
  hint,
  error,
  required,
  className,
  ...textarea
}: Common & Omit<ComponentProps<'textarea'>, 'name' | 'id' | 'required'>) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} />
      <textarea
        id={fieldId(name)}
        name={name}
        rows={3}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={controlClass}
        {...textarea}
      />
      <Messages name={name} hint={hint} error={error} />
    </div>
  );
}

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

export function SelectField({
  name,
  label,
  hint,
  error,
  required,
  className,
  options,
  groups,
  placeholder,
  ...select
}: Common &
  Omit<ComponentProps<'select'>, 'name' | 'id' | 'required' | 'children'> & {
    options?: SelectOption[];
    groups?: SelectGroup[];
    /** A first, empty choice ("— Chọn —"). */
    placeholder?: string;
  }) {
  return (
    <div className={className}>
      <Label name={name} label={label} required={required} />
      <select
        id={fieldId(name)}
        name={name}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={controlClass}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <Messages name={name} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  hint,
  error,
  className,
  ...input
}: Omit<Common, 'required'> & Omit<ComponentProps<'input'>, 'name' | 'id' | 'type'>) {
  return (
    <div className={cn('flex items-start gap-3', className)}>
      <input
        id={fieldId(name)}
        name={name}
        type="checkbox"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className="mt-1 h-5 w-5 shrink-0 rounded border-slate-400 accent-brand-700"
        {...input}
      />
      <div>
        <label htmlFor={fieldId(name)} className="font-medium text-slate-800">
          {label}
        </label>
        <Messages name={name} hint={hint} error={error} />
      </div>
    </div>
  );
}

/** A group of radio buttons in a fieldset; the legend names the choice. */
export function RadioGroupField({
  name,
  label,
  hint,
  error,
  required,
  className,
  options,
  defaultValue,
}: Common & { options: SelectOption[]; defaultValue?: string }) {
  return (
    <fieldset className={className} aria-describedby={describedBy(name, hint, error)}>
      <legend className="font-medium text-slate-800">
        {label}
        {required ? <span className="font-normal text-slate-600"> (bắt buộc)</span> : null}
      </legend>
      <div className="mt-2 space-y-2">
        {options.map((o, i) => {
          // The first radio carries the field's id, so an error summary can move focus to the group.
          const id = i === 0 ? fieldId(name) : `${fieldId(name)}-${o.value.toLowerCase()}`;
          return (
            <div key={o.value} className="flex items-center gap-3">
              <input
                id={id}
                type="radio"
                name={name}
                value={o.value}
                defaultChecked={defaultValue === o.value}
                className="h-5 w-5 shrink-0 accent-brand-700"
              />
              <label htmlFor={id}>{o.label}</label>
            </div>
          );
        })}
      </div>
      <Messages name={name} hint={hint} error={error} />
    </fieldset>
  );
}

/** A titled group of fields inside a form. */
export function FormSection({ title, children, description }: { title: string; children: ReactNode; description?: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white px-5 pt-3 pb-5">
      <legend className="px-1 text-lg font-bold text-slate-900">{title}</legend>
      {description ? <p className="mb-3 text-slate-600">{description}</p> : null}
      <div className="grid gap-5 md:grid-cols-2">{children}</div>
    </fieldset>
  );
}
