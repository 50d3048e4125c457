'use client';

import { useEffect, useRef } from 'react';

import type { ActionState } from '@/lib/actions/state';

import { fieldId } from './form-fields';

/**
 * The message at the top of a refused form, with a link to each field in error. Focus moves here
 * each time the form comes back refused (`round` changes), so keyboard and screen-reader users
 * hear what went wrong and can jump to the field.
 */
export function FormAlert({
  state,
  round,
  labels,
}: {
  state: ActionState;
  round: number;
  /** Field name → label, for the links; fields without a label are not listed. */
  labels: Record<string, string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') ref.current?.focus();
  }, [state, round]);

  if (state.status !== 'error') {
    return <div ref={ref} tabIndex={-1} role="alert" aria-atomic="true" className="focus:outline-none" />;
  }
  const fields = Object.entries(state.fieldErrors).filter(([key, message]) => message && labels[key]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-atomic="true"
      className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
    >
      <p className="font-semibold">{state.message}</p>
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {fields.map(([key, message]) => (
            <li key={key}>
              <a href={`#${fieldId(key)}`} className="underline">
                {labels[key]}
              </a>
              : {message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
