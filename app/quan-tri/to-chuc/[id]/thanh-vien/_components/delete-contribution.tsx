'use client';

import { useActionState, useEffect, useRef, useState } from 'react';

import { FormMessage } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { Button } from '@/components/ui/button';
import { type ActionState, idleState } from '@/lib/actions/state';

/** Removes a contribution after an explicit second step that names what will be removed (the action then leaves the page). */
export function DeleteContribution({ action, description }: { action: (state: ActionState, formData: FormData) => Promise<ActionState>; description: string }) {
  const [state, formAction] = useActionState(action, idleState);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Keyboard users land on the question when it opens, and back on the button when it closes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div>
      {confirming ? (
        <form action={formAction} role="group" aria-label="Xác nhận xoá" className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4">
          <FormMessage state={state} />
          <p className="font-medium text-red-900">Xoá {description}? Thao tác được ghi vào nhật ký.</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel="Đang xoá…">Xác nhận xoá</SubmitButton>
            <Button ref={cancelRef} variant="secondary" onClick={() => setConfirming(false)}>
              Huỷ
            </Button>
          </div>
        </form>
      ) : (
        <Button ref={openRef} variant="secondary" onClick={() => setConfirming(true)}>
          Xoá khoản vốn góp
        </Button>
      )}
    </div>
  );
}
