'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { slugify } from '@/lib/format/slug';
import type { Prisma } from '@/lib/generated/prisma/client';
import { checkUpload, prepareUpload, type PreparedUpload, recordUpload, UploadError } from '@/lib/media/ingest';
import { mediaTextSchema } from '@/lib/media/schema';
import { requestIp } from '@/lib/members/mutation';

import { albumSchema, photoCaptionSchema, videoSchema } from './schema';

/**
 * Photo albums and video clips (Thư viện ảnh, Phim tư liệu). Photos and video files are uploaded
 * through the media library's checks and stay in the library; the public gallery (/thu-vien) is
 * cached under the `gallery` tag, expired by every change here.
 */

const WORKSPACE = '/quan-tri/thu-vien';
const INVALID = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

function changed() {
  expirePublicTags(cacheTags.gallery);
  revalidatePath(WORKSPACE, 'layout');
  revalidatePath('/quan-tri/thu-vien-media', 'layout');
}

/** "Đại hội HTX" → "dai-hoi-htx", or "dai-hoi-htx-2" when taken. */
async function freeSlug(tx: Prisma.TransactionClient, title: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  const base = slugify(title).slice(0, 120).replace(/-+$/, '') || 'muc';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}

async function uploadOf(formData: FormData, kinds: Parameters<typeof checkUpload>[1]): Promise<{ prepared?: PreparedUpload; error?: string }> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return {};
  try {
    return { prepared: await prepareUpload(await checkUpload(file, kinds)) };
  } catch (error) {
    if (error instanceof UploadError) return { error: error.message };
    throw error;
  }
}

// ── Albums ──

export async function createAlbum(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const values = formValues(formData);
  const parsed = albumSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const ip = await requestIp();
  const id = await prisma.$transaction(async (tx) => {
    const slug = await freeSlug(tx, parsed.data.title, async (s) => (await tx.album.count({ where: { slug: s } })) > 0);
    const album = await tx.album.create({ data: { ...parsed.data, slug } });
    await recordAudit(tx, { userId: user.id, action: 'album.create', entity: 'Album', entityId: String(album.id), after: { ...parsed.data, slug }, ip });
    return album.id;
  });
  changed();
  redirect(`${WORKSPACE}/anh/${id}`);
}

export async function updateAlbum(albumId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const values = formValues(formData);
  const album = Number.isSafeInteger(albumId) ? await prisma.album.findUnique({ where: { id: albumId } }) : null;
  if (!album) return errorState('Không tìm thấy album.', {}, values);
  const parsed = albumSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const diff = auditDiff(album, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.album.update({ where: { id: album.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'album.update', entity: 'Album', entityId: String(album.id), ...diff, ip });
  });
  changed();
  return { status: 'success', message: 'Đã lưu album.', values };
}

/** Deletes the album; its photos stay in the media library. */
export async function deleteAlbum(albumId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const album = Number.isSafeInteger(albumId) ? await prisma.album.findUnique({ where: { id: albumId }, include: { _count: { select: { photos: true } } } }) : null;
  if (!album) return errorState('Không tìm thấy album; có thể đã bị xóa.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.album.delete({ where: { id: album.id } });
    await recordAudit(tx, { userId: user.id, action: 'album.delete', entity: 'Album', entityId: String(album.id), before: { title: album.title, slug: album.slug, photos: album._count.photos }, ip });
  });
  changed();
  redirect(`${WORKSPACE}?thong-bao=da-xoa`);
}

/** Adds an uploaded photo (alt text required, as for any image in the library). */
export async function addAlbumPhoto(albumId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const values = formValues(formData);
  const album = Number.isSafeInteger(albumId) ? await prisma.album.findUnique({ where: { id: albumId }, select: { id: true } }) : null;
  if (!album) return errorState('Không tìm thấy album.', {}, values);
  const text = mediaTextSchema(true).safeParse(values);
  const caption = photoCaptionSchema.safeParse(values);
  const file = formData.get('file');
  const fileMissing = !(file instanceof File) || file.size === 0;
  if (!text.success || !caption.success || fileMissing) {
    const fieldErrors = { ...(text.success ? {} : Object.fromEntries(text.error.issues.map((i) => [String(i.path[0]), i.message]))), ...(fileMissing ? { file: 'Chọn một ảnh để tải lên.' } : {}) };
    return errorState(INVALID, fieldErrors, values);
  }
  const upload = await uploadOf(formData, ['image']);
  if (upload.error || !upload.prepared) return errorState('Tệp không được nhận.', { file: upload.error ?? 'Chọn một ảnh để tải lên.' }, values);
  const prepared = upload.prepared;
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    const { media, created } = await recordUpload(tx, prepared, { altText: text.data.altText, caption: caption.data.caption, uploadedById: user.id });
    if (created) await recordAudit(tx, { userId: user.id, action: 'media.upload', entity: 'Media', entityId: String(media.id), after: { fileName: media.fileName, mimeType: media.mimeType, sizeBytes: media.sizeBytes, altText: media.altText }, ip });
    const last = (await tx.albumPhoto.aggregate({ where: { albumId: album.id }, _max: { ordinal: true } }))._max.ordinal ?? -1;
    const photo = await tx.albumPhoto.create({ data: { albumId: album.id, mediaId: media.id, caption: caption.data.caption, ordinal: last + 1 } });
    await recordAudit(tx, { userId: user.id, action: 'album.photo.add', entity: 'Album', entityId: String(album.id), after: { photoId: photo.id, mediaId: media.id, fileName: media.fileName }, ip });
  });
  changed();
  return { status: 'success', message: `Đã thêm ảnh «${prepared.fileName}».` };
}

export async function removeAlbumPhoto(albumId: number, photoId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const photo = Number.isSafeInteger(photoId) ? await prisma.albumPhoto.findFirst({ where: { id: photoId, albumId }, include: { media: { select: { fileName: true } } } }) : null;
  if (!photo) return errorState('Không tìm thấy ảnh; có thể đã được gỡ.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.albumPhoto.delete({ where: { id: photo.id } });
    await recordAudit(tx, { userId: user.id, action: 'album.photo.remove', entity: 'Album', entityId: String(albumId), before: { photoId: photo.id, mediaId: photo.mediaId, fileName: photo.media.fileName }, ip });
  });
  changed();
  return { status: 'success', message: 'Đã gỡ ảnh khỏi album; ảnh vẫn ở trong thư viện media.' };
}

// ── Videos ──

/** A clip is an uploaded file (MP4, WebM) or a link to a page that plays it: one of the two. */
export async function createVideo(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const values = formValues(formData);
  const parsed = videoSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const upload = await uploadOf(formData, ['video']);
  if (upload.error) return errorState('Tệp không được nhận.', { file: upload.error }, values);
  if (!upload.prepared === !parsed.data.url) {
    return errorState(INVALID, { url: 'Tải lên một tệp video hoặc dán liên kết tới trang xem video (chỉ một trong hai).' }, values);
  }
  const prepared = upload.prepared;
  const ip = await requestIp();
  const id = await prisma.$transaction(async (tx) => {
    let mediaId: number | null = null;
    if (prepared) {
      const { media, created } = await recordUpload(tx, prepared, { uploadedById: user.id });
      if (created) await recordAudit(tx, { userId: user.id, action: 'media.upload', entity: 'Media', entityId: String(media.id), after: { fileName: media.fileName, mimeType: media.mimeType, sizeBytes: media.sizeBytes }, ip });
      mediaId = media.id;
    }
    const slug = await freeSlug(tx, parsed.data.title, async (s) => (await tx.videoClip.count({ where: { slug: s } })) > 0);
    const clip = await tx.videoClip.create({ data: { ...parsed.data, slug, mediaId } });
    await recordAudit(tx, { userId: user.id, action: 'video.create', entity: 'VideoClip', entityId: String(clip.id), after: { ...parsed.data, slug, mediaId }, ip });
    return clip.id;
  });
  changed();
  redirect(`${WORKSPACE}/video/${id}`);
}

export async function updateVideo(videoId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const values = formValues(formData);
  const clip = Number.isSafeInteger(videoId) ? await prisma.videoClip.findUnique({ where: { id: videoId } }) : null;
  if (!clip) return errorState('Không tìm thấy video.', {}, values);
  const parsed = videoSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  if (!clip.mediaId && !parsed.data.url) return errorState(INVALID, { url: 'Nhập liên kết tới trang xem video.' }, values);
  const diff = auditDiff(clip, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.videoClip.update({ where: { id: clip.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'video.update', entity: 'VideoClip', entityId: String(clip.id), ...diff, ip });
  });
  changed();
  return { status: 'success', message: 'Đã lưu video.', values };
}

export async function deleteVideo(videoId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('gallery.manage');
  const clip = Number.isSafeInteger(videoId) ? await prisma.videoClip.findUnique({ where: { id: videoId } }) : null;
  if (!clip) return errorState('Không tìm thấy video; có thể đã bị xóa.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.videoClip.delete({ where: { id: clip.id } });
    await recordAudit(tx, { userId: user.id, action: 'video.delete', entity: 'VideoClip', entityId: String(clip.id), before: { title: clip.title, slug: clip.slug, url: clip.url, mediaId: clip.mediaId }, ip });
  });
  changed();
  redirect(`${WORKSPACE}?thong-bao=da-xoa`);
}
