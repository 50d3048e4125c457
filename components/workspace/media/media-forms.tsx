'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { fieldError, FormMessage, InputField, TextAreaField, typed } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { useFormAction } from '@/components/workspace/use-form-action';
import { type ActionState, idleState } from '@/lib/actions/state';
import { deleteMedia, updateMediaText, uploadMedia } from '@/lib/media/actions';
import { acceptOf, formatLimit, MAX_FILE_BYTES, MAX_IMAGE_BYTES } from '@/lib/media/kinds';

/** Upload to the library; after a success the form is emptied for the next file. */
export function UploadMediaForm() {
  const { state, round, dispatch } = useFormAction(uploadMedia);
  return (
    <form action={dispatch} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <h2 className="text-lg font-semibold text-slate-900">Tải tệp lên</h2>
      <FormMessage state={state} />
      <div key={round} className="grid gap-4 md:grid-cols-2">
        <InputField
          label="Tệp"
          name="file"
          type="file"
          accept={acceptOf(['image', 'pdf', 'word', 'excel'])}
          hint={`Ảnh JPEG, PNG, WebP, GIF (tối đa ${formatLimit(MAX_IMAGE_BYTES)}); PDF, Word, Excel (tối đa ${formatLimit(MAX_FILE_BYTES)}). Loại tệp được kiểm tra theo nội dung.`}
          error={fieldError(state, 'file')}
          className="md:col-span-2"
        />
        <InputField
          label="Mô tả ảnh (văn bản thay thế)"
          name="altText"
          hint="Bắt buộc với ảnh: ảnh thể hiện gì, cho người không xem được ảnh."
          defaultValue={typed(state, 'altText')}
          error={fieldError(state, 'altText')}
        />
        <InputField label="Chú thích" name="caption" defaultValue={typed(state, 'caption')} error={fieldError(state, 'caption')} />
      </div>
      <SubmitButton pendingLabel="Đang tải lên…">Tải lên</SubmitButton>
    </form>
  );
}

export function MediaTextForm({ mediaId, isImage, altText, caption }: { mediaId: number; isImage: boolean; altText: string; caption: string }) {
  const [state, action] = useActionState(updateMediaText.bind(null, mediaId), idleState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage state={state} />
      <InputField
        label={isImage ? 'Mô tả ảnh (văn bản thay thế)' : 'Mô tả'}
        name="altText"
        required={isImage}
        defaultValue={typed(state, 'altText', altText)}
        error={fieldError(state, 'altText')}
      />
      <TextAreaField label="Chú thích" name="caption" rows={3} defaultValue={typed(state, 'caption', caption)} error={fieldError(state, 'caption')} />
      <SubmitButton>Lưu</SubmitButton>
    </form>
  );
}

export function DeleteMediaForm({ mediaId, fileName }: { mediaId: number; fileName: string }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteMedia.bind(null, mediaId), idleState);
  return (
    <form action={action} className="space-y-4">
      <FormMessage state={state} />
      <ConfirmSubmit title="Xóa tệp khỏi thư viện?" description={<>Tệp «{fileName}» và các bản thu nhỏ sẽ bị xóa hẳn.</>} confirmLabel="Xóa tệp">
        Xóa tệp
      </ConfirmSubmit>
    </form>
  );
}
