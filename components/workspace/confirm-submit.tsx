'use client';

import { useId, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

const danger = 'bg-red-700 text-white hover:bg-red-800';

/**
 * A submit button that asks first. Place it inside the form it submits: the button opens a modal
 * dialog (focus stays inside it, Esc cancels) whose confirm button is the form's real submit.
 */
export function ConfirmSubmit({
  children,
  title,
  description,
  confirmLabel,
  pendingLabel = 'Đang thực hiện…',
  tone = 'danger',
  accessibleName,
}: {
  children: string;
  /** A fuller name for the opening button when its text is short ("Xóa" in a list of rows). */
  accessibleName?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  tone?: 'danger' | 'primary';
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const { pending } = useFormStatus();
  const tones = tone === 'danger' ? buttonClasses('primary', danger) : buttonClasses('primary');

  return (
    <>
      <button type="button" className={tones} disabled={pending} aria-label={accessibleName} onClick={() => dialog.current?.showModal()}>
        {pending ? pendingLabel : children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-full max-w-lg rounded-lg border border-slate-300 bg-white p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-xl font-bold text-slate-900">
          {title}
        </h2>
        <div id={descriptionId} className="mt-3 text-slate-700">
          {description}
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" autoFocus className={buttonClasses('secondary')} onClick={() => dialog.current?.close()}>
            Hủy
          </button>
          <button type="submit" className={cn(tones)} onClick={() => setTimeout(() => dialog.current?.close(), 0)}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
