'use client';

import { useState } from 'react';

import { buttonClasses } from '@/components/ui/button';
import { ImagePicker, type PickedImage } from '@/components/workspace/rich-text/image-picker';
import { uploadArticleImage } from '@/lib/articles/actions';

/** The article's cover image (ảnh đại diện): pick or upload one, or none. */
export function CoverPicker({ defaultValue, images, error }: { defaultValue: PickedImage | null; images: PickedImage[]; error?: string }) {
  const [cover, setCover] = useState(defaultValue);
  const [picking, setPicking] = useState(false);
  return (
    <div>
      <p className="font-medium text-slate-800">Ảnh đại diện</p>
      <input type="hidden" name="coverMediaId" value={cover?.id ?? ''} />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        {cover ? (
          <>
            {/* eslint-disable-next-line @next/next/no-img-element -- thumbnail from /media */}
            <img src={cover.src} alt={cover.alt} className="h-20 w-32 rounded object-cover" />
            <button type="button" className={buttonClasses('secondary')} onClick={() => setCover(null)}>
              Bỏ ảnh đại diện
            </button>
          </>
        ) : (
          <span className="text-slate-600">Chưa có ảnh đại diện.</span>
        )}
        <button type="button" className={buttonClasses('secondary')} onClick={() => setPicking(true)}>
          Chọn ảnh đại diện
        </button>
      </div>
      {error ? <p className="mt-1 text-red-800">{error}</p> : null}
      {picking ? (
        <ImagePicker
          images={images}
          upload={uploadArticleImage}
          title="Chọn ảnh đại diện"
          onClose={() => setPicking(false)}
          onPick={(image) => {
            setCover(image);
            setPicking(false);
          }}
        />
      ) : null}
    </div>
  );
}
