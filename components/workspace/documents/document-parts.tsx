'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { FormMessage, InputField, SelectField, fieldError, type Option } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { useFormAction } from '@/components/workspace/use-form-action';
import { type ActionState, idleState } from '@/lib/actions/state';
import { addDocumentAttachment, addDocumentRelation, removeDocumentAttachment, removeDocumentRelation } from '@/lib/documents/actions';
import { acceptOf, formatLimit, MAX_FILE_BYTES } from '@/lib/media/kinds';

export function AddRelationForm({ documentId, toId, toNumber, relationOptions }: { documentId: number; toId: number; toNumber: string; relationOptions: Option[] }) {
  const [state, action] = useActionState(addDocumentRelation.bind(null, documentId), idleState);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="toId" value={toId} />
      <SelectField label={`Văn bản này … văn bản ${toNumber}`} name="type" options={relationOptions} defaultValue="REPLACES" />
      <SubmitButton variant="secondary">Ghi quan hệ</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function RemoveRelationForm({ documentId, relationId, label }: { documentId: number; relationId: number; label: string }) {
  const [state, action] = useActionState<ActionState, FormData>(removeDocumentRelation.bind(null, documentId, relationId), idleState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <ConfirmSubmit title="Gỡ quan hệ?" description={label} confirmLabel="Gỡ quan hệ">
        {`Gỡ quan hệ: ${label}`}
      </ConfirmSubmit>
    </form>
  );
}

export function AttachmentUploadForm({ documentId }: { documentId: number }) {
  const { state, round, dispatch } = useFormAction(addDocumentAttachment.bind(null, documentId));
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="grid gap-4 md:grid-cols-2">
        <InputField
          label="Tệp đính kèm"
          name="file"
          type="file"
          accept={acceptOf(['pdf', 'word', 'excel'])}
          hint={`PDF, Word (.doc, .docx) hoặc Excel (.xls, .xlsx), tối đa ${formatLimit(MAX_FILE_BYTES)}.`}
          error={fieldError(state, 'file')}
        />
        <InputField label="Tên hiển thị" name="title" hint="Để trống: dùng tên tệp." error={fieldError(state, 'title')} />
      </div>
      <SubmitButton pendingLabel="Đang tải lên…">Đính kèm</SubmitButton>
    </form>
  );
}

export function RemoveAttachmentForm({ documentId, attachmentId, title }: { documentId: number; attachmentId: number; title: string }) {
  const [state, action] = useActionState<ActionState, FormData>(removeDocumentAttachment.bind(null, documentId, attachmentId), idleState);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <ConfirmSubmit title="Gỡ tệp đính kèm?" description={<>Tệp «{title}» sẽ không còn trên trang văn bản; tệp vẫn ở trong thư viện media.</>} confirmLabel="Gỡ tệp">
        {`Gỡ tệp «${title}»`}
      </ConfirmSubmit>
    </form>
  );
}
