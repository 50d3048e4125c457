'use client';

import { useFormStatus } from 'react-dom';

import { Button, type ButtonVariant } from '@/components/ui/button';

/** A form's submit button that says it is working while the action runs. */
export function SubmitButton({
  children,
  pendingLabel = 'Đang lưu…',
  variant = 'primary',
  className,
}: {
  children: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} className={className}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
