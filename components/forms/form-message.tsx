'use client';

import type { ActionState } from '@/lib/actions/state';

/**
 * The outcome of a form's server action. Both live regions are always in the page, so screen
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

/** The error of one field from the action's state. */
export function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors[name] : undefined;
}

/** What the field should show: what the user typed last (echoed by the action), else the record's value. */
export function fieldValue(state: ActionState, name: string, fallback = ''): string {
  return state.status !== 'idle' && state.values && Object.hasOwn(state.values, name) ? state.values[name] : fallback;
}
