import 'server-only';

import { fileTypeFromBuffer } from 'file-type';

import { recordAudit } from '@/lib/audit';
import { prisma } from '@/lib/db';
import { slugify } from '@/lib/format/slug';
import { cleanLine } from '@/lib/validation/control-chars';

import { mediaUrl, storeMedia } from './store';

export type UploadedImage = { id: number; src: string; alt: string };
export type UploadState = { status: 'idle' } | { status: 'error'; message: string } | { status: 'success'; message: string; image: UploadedImage };

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif']);
const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * One image uploaded from the rich-text editor's image dialog (an article's body or cover, a
 * static page's body). Minimal on purpose: the type is judged by the bytes (not the name), the
 * size is capped and alt text is required; resizing and the full library are the media library's
 * (/quan-tri/thu-vien-media). The calling action has checked the user's permission.
 */
export async function saveEditorImage(userId: number, formData: FormData): Promise<UploadState> {
  const file = formData.get('file');
  const alt = cleanLine(String(formData.get('alt') ?? '')).replace(/\s+/g, ' ').trim();
  if (!(file instanceof File) || file.size === 0) return { status: 'error', message: 'Vui lòng chọn một tệp ảnh.' };
  if (file.size > IMAGE_MAX_BYTES) return { status: 'error', message: 'Ảnh lớn quá 5 MB.' };
  if (!alt) return { status: 'error', message: 'Vui lòng nhập mô tả ảnh (cho người không xem được ảnh).' };
  if (alt.length > 300) return { status: 'error', message: 'Mô tả ảnh dài quá 300 ký tự.' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !IMAGE_TYPES.has(type.mime)) return { status: 'error', message: 'Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.' };
  const name = `${(slugify(file.name.replace(/\.[^.]*$/, '')) || 'anh').slice(0, 80)}.${type.ext}`;
  const media = await prisma.$transaction(async (tx) => {
    const stored = await storeMedia(tx, { bytes, fileName: name, mimeType: type.mime, altText: alt, uploadedById: userId });
    await recordAudit(tx, { userId, action: 'media.create', entity: 'Media', entityId: String(stored.id), after: { fileName: stored.fileName, mimeType: stored.mimeType, sizeBytes: stored.sizeBytes } });
    return stored;
  });
  return { status: 'success', message: 'Đã tải ảnh lên.', image: { id: media.id, src: mediaUrl(media.storageKey), alt: media.altText ?? alt } };
}
