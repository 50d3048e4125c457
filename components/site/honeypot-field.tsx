import { HONEYPOT_FIELD } from '@/lib/feedback/honeypot';

/**
 * The honeypot of the public forms (feedback, comments on drafts and articles): invisible and
 * unreachable for people (off screen, hidden from assistive technology, out of the tab order),
 * filled in by form-filling bots. The actions check it with isHoneypotFilled.
 */
export function HoneypotField({ idPrefix }: { idPrefix: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={`${idPrefix}-${HONEYPOT_FIELD}`}>Trang web (để trống)</label>
      <input id={`${idPrefix}-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
