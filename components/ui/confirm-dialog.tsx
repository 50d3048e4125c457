'use client';

import { useId, useRef, type ReactNode } from 'react';

import { buttonClasses, type ButtonVariant } from './button';

/**
 * A button that opens a modal confirmation (the native <dialog>: focus stays inside, Escape
 * closes it, focus returns to the button). `confirm` is what confirms — typically a small form
 * whose submit button runs the action; "Hủy" (focused first, the safe choice) closes the dialog.
 */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirm,
  triggerVariant = 'secondary',
  cancelLabel = 'Hủy',
}: {
  trigger: string;
  title: string;
  children: ReactNode;
  confirm: ReactNode;
  triggerVariant?: ButtonVariant;
  cancelLabel?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  return (
    <>
      <button type="button" className={buttonClasses(triggerVariant)} onClick={() => ref.current?.showModal()}>
        {trigger}
      </button>
      <dialog
        ref={ref}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        className="m-auto w-[min(34rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={titleId} className="text-xl font-bold">
          {title}
        </h2>
        <div id={bodyId} className="mt-3 text-slate-700">
          {children}
        </div>
        <div className="mt-6 flex flex-wrap items-start gap-3">
          {confirm}
          <button type="button" autoFocus className={buttonClasses('secondary')} onClick={() => ref.current?.close()}>
            {cancelLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
