'use client';

import { useActionState } from 'react';

import { ConfirmSubmit } from '@/components/workspace/confirm-submit';
import { CheckboxField, FormMessage, InputField, TextAreaField } from '@/components/workspace/form-fields';
import { SubmitButton } from '@/components/workspace/submit-button';
import { checkedOf, errorOf, type FormAction, useFormAction, valueOf } from '@/components/workspace/use-form-action';
import { type ActionState, idleState } from '@/lib/actions/state';
import { addAlbumPhoto, deleteAlbum, deleteVideo, removeAlbumPhoto } from '@/lib/gallery/actions';
import { acceptOf, formatLimit, MAX_FILE_BYTES, MAX_IMAGE_BYTES } from '@/lib/media/kinds';

export function AlbumForm({ action, initial, submitLabel }: { action: FormAction; initial: Record<string, string>; submitLabel: string }) {
  const { state, round, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="space-y-4">
        <InputField label="Tên album" name="title" required defaultValue={valueOf(state, initial, 'title')} error={errorOf(state, 'title')} />
        <TextAreaField label="Mô tả" name="description" rows={3} defaultValue={valueOf(state, initial, 'description')} error={errorOf(state, 'description')} />
        <CheckboxField label="Đăng công khai" name="published" defaultChecked={checkedOf(state, initial, 'published')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function VideoForm({ action, initial, submitLabel, withFile }: { action: FormAction; initial: Record<string, string>; submitLabel: string; withFile: boolean }) {
  const { state, round, dispatch } = useFormAction(action);
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="space-y-4">
        <InputField label="Tên video" name="title" required defaultValue={valueOf(state, initial, 'title')} error={errorOf(state, 'title')} />
        <TextAreaField label="Mô tả" name="description" rows={3} defaultValue={valueOf(state, initial, 'description')} error={errorOf(state, 'description')} />
        <InputField
          label="Liên kết tới trang xem video"
          name="url"
          type="url"
          hint="Ví dụ: https://www.youtube.com/watch?v=… (YouTube được nhúng vào trang)."
          defaultValue={valueOf(state, initial, 'url')}
          error={errorOf(state, 'url')}
        />
        {withFile ? (
          <InputField
            label="Hoặc tải lên tệp video"
            name="file"
            type="file"
            accept={acceptOf(['video'])}
            hint={`MP4 hoặc WebM, tối đa ${formatLimit(MAX_FILE_BYTES)}.`}
            error={errorOf(state, 'file')}
          />
        ) : null}
        <CheckboxField label="Đăng công khai" name="published" defaultChecked={checkedOf(state, initial, 'published')} />
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function AddPhotoForm({ albumId }: { albumId: number }) {
  const { state, round, dispatch } = useFormAction(addAlbumPhoto.bind(null, albumId));
  return (
    <form action={dispatch} noValidate className="space-y-4">
      <FormMessage state={state} />
      <div key={round} className="grid gap-4 md:grid-cols-2">
        <InputField
          label="Ảnh"
          name="file"
          type="file"
          accept={acceptOf(['image'])}
          hint={`JPEG, PNG, WebP hoặc GIF, tối đa ${formatLimit(MAX_IMAGE_BYTES)}.`}
          error={errorOf(state, 'file')}
          className="md:col-span-2"
        />
        <InputField label="Mô tả ảnh (văn bản thay thế)" name="altText" required defaultValue={state.status === 'error' ? (state.values?.altText ?? '') : ''} error={errorOf(state, 'altText')} />
        <InputField label="Chú thích" name="caption" defaultValue={state.status === 'error' ? (state.values?.caption ?? '') : ''} error={errorOf(state, 'caption')} />
      </div>
      <SubmitButton pendingLabel="Đang tải lên…">Thêm ảnh</SubmitButton>
    </form>
  );
}

export function RemovePhotoForm({ albumId, photoId, label }: { albumId: number; photoId: number; label: string }) {
  const [state, action] = useActionState<ActionState, FormData>(removeAlbumPhoto.bind(null, albumId, photoId), idleState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit title="Gỡ ảnh khỏi album?" description="Ảnh vẫn ở trong thư viện media." confirmLabel="Gỡ ảnh">
        {`Gỡ ảnh «${label}»`}
      </ConfirmSubmit>
    </form>
  );
}

export function DeleteAlbumForm({ albumId, title }: { albumId: number; title: string }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteAlbum.bind(null, albumId), idleState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit title="Xóa album?" description={<>Album «{title}» sẽ bị xóa; các ảnh vẫn ở trong thư viện media.</>} confirmLabel="Xóa album">
        Xóa album
      </ConfirmSubmit>
    </form>
  );
}

export function DeleteVideoForm({ videoId, title }: { videoId: number; title: string }) {
  const [state, action] = useActionState<ActionState, FormData>(deleteVideo.bind(null, videoId), idleState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage state={state} />
      <ConfirmSubmit title="Xóa video?" description={<>Video «{title}» sẽ bị xóa khỏi thư viện.</>} confirmLabel="Xóa video">
        Xóa video
      </ConfirmSubmit>
    </form>
  );
}
