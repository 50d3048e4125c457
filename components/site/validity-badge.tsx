import { cn } from '@/components/ui/cn';
import { validityLabels } from '@/lib/format/labels';
import type { Validity } from '@/lib/generated/prisma/enums';

/**
 * A document's validity as a coloured badge that also says it in words and with a mark, so that
 * colour is never the only signal (WCAG 1.4.1). Colours keep 4.5:1 contrast with their text.
 */
const styles: Record<Validity, { className: string; mark: string }> = {
  IN_FORCE: { className: 'bg-emerald-50 text-emerald-900 ring-emerald-300', mark: '✓' },
  PARTIALLY_EXPIRED: { className: 'bg-amber-50 text-amber-900 ring-amber-300', mark: '◐' },
  EXPIRED: { className: 'bg-red-50 text-red-900 ring-red-300', mark: '✕' },
  NOT_YET_IN_FORCE: { className: 'bg-sky-50 text-sky-900 ring-sky-300', mark: '…' },
};

export function ValidityBadge({ validity, className }: { validity: Validity; className?: string }) {
  const style = styles[validity];
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset',
        style.className,
        className,
      )}
    >
      <span aria-hidden="true">{style.mark}</span>
      <span>{validityLabels[validity]}</span>
    </span>
  );
}
