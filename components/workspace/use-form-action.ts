'use client';

import { useActionState } from 'react';

import { idleState, type ActionState } from '@/lib/actions/state';

export type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * useActionState for the workspace forms, plus a `round` that changes with every answer. Forms
 * render their fields with `key={round}` and `defaultValue` from the echoed values: each answer
 * remounts the fields with exactly what the user typed (React would otherwise reset a submitted
 * form to its first values, and selects to their first option).
 */
export function useFormAction(action: FormAction) {
  const [result, dispatch, pending] = useActionState(
    async (prev: { state: ActionState; round: number }, formData: FormData) => ({
      state: (await action(prev.state, formData)) ?? prev.state,
      round: prev.round + 1,
    }),
    { state: idleState, round: 0 },
  );
  return { state: result.state, round: result.round, dispatch, pending };
}

/** The value of a field to show: the one typed (after a refusal), else the record's. */
export function valueOf(state: ActionState, initial: Record<string, string>, name: string): string {
  if (state.status !== 'idle' && state.values) return state.values[name] ?? '';
  return initial[name] ?? '';
}

/** Whether a checkbox is ticked: as submitted (after a refusal), else as stored. */
export function checkedOf(state: ActionState, initial: Record<string, string>, name: string): boolean {
  if (state.status !== 'idle' && state.values) return state.values[name] === 'on';
  return initial[name] === 'on';
}

export function errorOf(state: ActionState, name: string): string | undefined {
  return state.status === 'error' ? state.fieldErrors[name] : undefined;
}
