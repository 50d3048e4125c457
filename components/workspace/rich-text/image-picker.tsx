'use client';

import { useActionState, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';

import { buttonClasses } from '@/components/ui/button';
import type { UploadState } from '@/lib/media/editor-image';

export type PickedImage = { id: number; src: string; alt: string };

/** The server action that stores an uploaded image; each editor passes one guarded by its own permission. */
export type UploadImageAction = (previous: UploadState, formData: FormData) => Promise<UploadState>;

const idle: UploadState = { status: 'idle' };

/**
 * A modal dialog to choose an image for an article or a page: one of the newest in the media
 * library, or one uploaded here (type checked by content on the server, alt text required). With a
 * caption field when the image goes into the body. Rendered only while open (so only in the
 * browser), into document.body: the upload form must not sit inside the editor's form.
 */
export function ImagePicker({
  images,
  upload: uploadImage,
  title,
  withCaption = false,
  onPick,
  onClose,
}: {
  images: PickedImage[];
  upload: UploadImageAction;
  title: string;
  withCaption?: boolean;
  onPick: (image: PickedImage, caption: string) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [caption, setCaption] = useState('');
  const [uploaded, setUploaded] = useState<PickedImage[]>([]);
  const [state, upload, pending] = useActionState(async (previous: UploadState, formData: FormData) => {
    const result = await uploadImage(previous, formData);
    if (result.status === 'success') setUploaded((list) => [result.image, ...list.filter((i) => i.id !== result.image.id)]);
    return result;
  }, idle);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  const all = [...uploaded, ...images.filter((i) => !uploaded.some((u) => u.id === i.id))];

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto w-full max-w-3xl rounded-lg border border-slate-300 bg-white p-6 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {withCaption ? (
        <div className="mt-4">
          <label htmlFor={`${titleId}-caption`} className="block font-medium text-slate-800">
            Chú thích ảnh (không bắt buộc)
          </label>
          <input
            id={`${titleId}-caption`}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
      ) : null}

      <form action={upload} className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-4">
        <p className="font-medium text-slate-800">Tải ảnh mới lên</p>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={`${titleId}-file`} className="block text-sm font-medium text-slate-800">
              Tệp ảnh (JPEG, PNG, WebP, GIF; tối đa 5 MB)
            </label>
            <input id={`${titleId}-file`} name="file" type="file" accept="image/jpeg,image/png,image/webp,image/gif" className="mt-1 block w-full text-sm" />
          </div>
          <div>
            <label htmlFor={`${titleId}-alt`} className="block text-sm font-medium text-slate-800">
              Mô tả ảnh (cho người không xem được ảnh)
            </label>
            <input id={`${titleId}-alt`} name="alt" className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2" />
          </div>
        </div>
        <button type="submit" disabled={pending} className={buttonClasses('secondary', 'mt-3')}>
          {pending ? 'Đang tải lên…' : 'Tải lên'}
        </button>
        <div role="status" aria-atomic="true" className="mt-2">
          {state.status === 'success' ? <p className="text-brand-900">{state.message} Ảnh vừa tải nằm đầu danh sách bên dưới.</p> : null}
        </div>
        {state.status === 'error' ? (
          <p role="alert" className="mt-2 text-red-800">
            {state.message}
          </p>
        ) : null}
      </form>

      <h3 className="mt-5 font-semibold text-slate-900">Chọn ảnh</h3>
      {all.length ? (
        <ul className="mt-2 grid max-h-80 grid-cols-2 gap-3 overflow-y-auto sm:grid-cols-4">
          {all.map((image) => (
            <li key={image.id}>
              <button
                type="button"
                onClick={() => {
                  onPick(image, caption.trim());
                  setCaption('');
                }}
                className="block w-full rounded border border-slate-300 p-1 text-left hover:border-brand-700"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails from /media */}
                <img src={image.src} alt="" className="h-24 w-full object-cover" />
                <span className="mt-1 block truncate text-sm">Chọn: {image.alt}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-600">Chưa có ảnh nào. Hãy tải một ảnh lên.</p>
      )}
      <div className="mt-6 flex justify-end">
        <button type="button" className={buttonClasses('secondary')} onClick={() => dialog.current?.close()}>
          Đóng
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
