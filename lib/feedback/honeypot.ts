// The honeypot of every public form (feedback, comments on drafts and on articles). No imports:
// the forms' client components read the field's name without shipping the validators.

/**
 * The honeypot: a field people never see (visually hidden, aria-hidden, out of the tab order) but
 * form-filling bots do. Named like something a bot wants to fill.
 */
export const HONEYPOT_FIELD = 'website';

/**
 * True when the honeypot came back filled: a bot. Every public form answers it as if all went
 * well and stores nothing, so the bot learns nothing.
 */
export function isHoneypotFilled(values: Record<string, string | undefined>): boolean {
  return (values[HONEYPOT_FIELD] ?? '').trim() !== '';
}
