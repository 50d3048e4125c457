'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage } from '@/components/workspace/form-fields';
import { idleState } from '@/lib/actions/state';
import { restoreRevision } from '@/lib/articles/workflow-actions';

export function RestoreButton({ articleId, revisionId, when }: { articleId: number; revisionId: number; when: string }) {
  const [state, dispatch] = useActionState(restoreRevision.bind(null, articleId, revisionId), idleState);
  return (
    <form action={dispatch} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit
        title={`Khôi phục phiên bản lúc ${when}?`}
        description="Nội dung của phiên bản này được lưu thành một phiên bản mới; các phiên bản khác vẫn giữ nguyên. Với tin đang đăng, nội dung được đưa vào một bản sửa đổi để duyệt."
        confirmLabel="Khôi phục"
        pendingLabel="Đang khôi phục…"
        tone="primary"
      >
        {`Khôi phục bản ${when}`}
      </ConfirmSubmit>
    </form>
  );
}
