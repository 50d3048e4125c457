import { z } from 'zod';

/**
 * What a form's server action returns to `useActionState`: field errors in Vietnamese, a message
 * for the whole form, and the values as typed, so that a refused form shows them again and
 * nothing typed is lost.
 */
export type FieldErrors = Partial<Record<string, string>>;

export type ActionState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: FieldErrors; values?: Record<string, string> }
  | { status: 'success'; message: string; values?: Record<string, string> };

export const idleState: ActionState = { status: 'idle' };

/** The first message for each field of a failed parse, keyed by the field's dotted path. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    out[key] ??= issue.message;
  }
  return out;
}

/** Text values of a submitted form (NFC-normalized), to echo back into the form after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value === 'string') out[key] = value.normalize('NFC');
  }
  return out;
}

export function errorState(message: string, fieldErrors: FieldErrors = {}, values?: Record<string, string>): ActionState {
  return { status: 'error', message, fieldErrors, values };
}

export function invalidState(error: z.ZodError, values?: Record<string, string>): ActionState {
  return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', fieldErrorsOf(error), values);
}
