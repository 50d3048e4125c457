import { useId, type ComponentProps, type Ref } from 'react';

import { cn } from './cn';

type Props = Omit<ComponentProps<'input'>, 'id'> & {
  label: string;
  /** Shown under the input and linked to it for screen readers. */
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled text input with its error message, wired with aria-invalid and aria-describedby. */
export function TextField({ label, error, className, ref, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-800">
        {label}
      </label>
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className={cn(
          'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base aria-[invalid=true]:border-red-700',
          className,
        )}
        {...input}
      />
      {error ? (
        <p id={errorId} className="mt-1 text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
