'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import { requestIp } from '@/lib/members/mutation';
import { storage } from '@/lib/storage';

import { checkUpload, prepareUpload, recordUpload, UploadError } from './ingest';
import { mediaTextSchema } from './schema';
import { findMediaUses } from './usage';

const LIBRARY = '/quan-tri/thu-vien-media';

/**
 * Uploads a file to the library: type by content, size limits, images resized, alt text required
 * for images (lib/media/ingest.ts). A file already in the library is not stored twice.
 */
export async function uploadMedia(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('media.manage');
  const values = formValues(formData);
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { file: 'Chọn một tệp để tải lên.' }, values);
  let checked;
  try {
    checked = await checkUpload(file);
  } catch (error) {
    if (error instanceof UploadError) return errorState('Tệp không được nhận.', { file: error.message }, values);
    throw error;
  }
  const parsed = mediaTextSchema(checked.detected.kind === 'image').safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  let prepared;
  try {
    prepared = await prepareUpload(checked);
  } catch (error) {
    if (error instanceof UploadError) return errorState('Tệp không được nhận.', { file: error.message }, values);
    throw error;
  }
  const ip = await requestIp();
  const { media, created } = await prisma.$transaction(async (tx) => {
    const result = await recordUpload(tx, prepared, { ...parsed.data, uploadedById: user.id });
    if (result.created) {
      await recordAudit(tx, {
        userId: user.id,
        action: 'media.upload',
        entity: 'Media',
        entityId: String(result.media.id),
        after: { fileName: result.media.fileName, mimeType: result.media.mimeType, sizeBytes: result.media.sizeBytes, altText: result.media.altText, variants: prepared.variants.length },
        ip,
      });
    }
    return result;
  });
  revalidatePath(LIBRARY, 'layout');
  return {
    status: 'success',
    message: created ? `Đã tải lên «${media.fileName}».` : `Tệp này đã có trong thư viện với tên «${media.fileName}»; không lưu thêm bản nữa.`,
  };
}

/** Edits the alt text and caption (an image keeps a non-empty alt text). */
export async function updateMediaText(mediaId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('media.manage');
  const values = formValues(formData);
  const media = Number.isSafeInteger(mediaId) ? await prisma.media.findUnique({ where: { id: mediaId } }) : null;
  if (!media) return errorState('Không tìm thấy tệp.', {}, values);
  const parsed = mediaTextSchema(media.mimeType.startsWith('image/')).safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const diff = auditDiff({ altText: media.altText, caption: media.caption }, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.media.update({ where: { id: media.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'media.update', entity: 'Media', entityId: String(media.id), ...diff, ip });
  });
  revalidatePath(LIBRARY, 'layout');
  return { status: 'success', message: 'Đã lưu mô tả và chú thích.', values };
}

/**
 * Deletes a file that nothing uses; a file in use is refused with the list of places, so the
 * editor can remove it there first. Bytes go from storage only when no other row points at them.
 */
export async function deleteMedia(mediaId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('media.manage');
  if (!Number.isSafeInteger(mediaId)) return errorState('Không tìm thấy tệp.');
  const ip = await requestIp();
  const outcome = await prisma.$transaction(async (tx) => {
    const media = await tx.media.findUnique({ where: { id: mediaId }, include: { variants: { select: { storageKey: true } } } });
    if (!media) return { kind: 'missing' as const };
    const uses = await findMediaUses(tx, media.id);
    if (uses.length > 0) return { kind: 'in-use' as const, uses };
    await tx.media.delete({ where: { id: media.id } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'media.delete',
      entity: 'Media',
      entityId: String(media.id),
      before: { fileName: media.fileName, mimeType: media.mimeType, sizeBytes: media.sizeBytes, storageKey: media.storageKey, altText: media.altText },
      ip,
    });
    return { kind: 'deleted' as const, keys: [media.storageKey, ...media.variants.map((v) => v.storageKey)] };
  });
  if (outcome.kind === 'missing') return errorState('Không tìm thấy tệp; có thể đã bị xóa.');
  if (outcome.kind === 'in-use') {
    const places = outcome.uses.map((u) => `${u.where} «${u.label}»`).join('; ');
    return errorState(`Không xóa được: tệp đang được dùng (${places}). Hãy gỡ tệp khỏi những chỗ đó trước.`);
  }
  for (const key of new Set(outcome.keys)) {
    const [media, variant] = await Promise.all([prisma.media.count({ where: { storageKey: key } }), prisma.mediaVariant.count({ where: { storageKey: key } })]);
    if (media + variant === 0) await storage().delete(key);
  }
  revalidatePath(LIBRARY, 'layout');
  redirect(`${LIBRARY}?da-xoa=1`);
}
