'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import { buttonClasses, type ButtonVariant } from './button';

/** A form's submit button that shows the pending state and cannot be pressed twice. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = 'primary',
  className,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClasses(variant, className)}>
      {pending ? pendingLabel : children}
    </button>
  );
}
