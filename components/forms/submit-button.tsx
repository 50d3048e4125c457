'use client';

import { useFormStatus } from 'react-dom';

import { buttonClasses, type ButtonVariant } from '@/components/ui/button';

/** A submit button that says it is working while its form's action runs. */
export function SubmitButton({ children, pendingLabel, variant = 'primary' }: { children: string; pendingLabel?: string; variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant)}>
      {pending ? (pendingLabel ?? 'Đang lưu…') : children}
    </button>
  );
}
