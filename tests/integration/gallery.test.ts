import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'gallery-test-'));

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { addAlbumPhoto, createAlbum, createVideo, deleteAlbum, removeAlbumPhoto, updateAlbum, updateVideo } from '@/lib/gallery/actions';
import { getPublicAlbum, getPublicGallery, getPublicVideo } from '@/lib/gallery/queries';
import { youtubeId } from '@/lib/gallery/schema';
import { deleteMedia } from '@/lib/media/actions';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});

async function photo(name: string, seed: number, fields: Record<string, string>): Promise<FormData> {
  const bytes = new Uint8Array(await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: seed, g: 90, b: 140 } } }).jpeg().toBuffer());
  const data = form(fields);
  data.append('file', new File([bytes], name, { type: 'image/jpeg' }));
  return data;
}

describe('photo albums', () => {
  it('are managed by editors; staff are refused', async () => {
    actAs(fx.users.STAFF);
    await expect(createAlbum(idle, form({ title: 'Đại hội' }))).rejects.toThrow(FORBIDDEN);
  });

  it('collect uploaded photos (alt text required), show publicly once published, and keep their photos from deletion', async () => {
    actAs(fx.users.EDITOR);
    expect(errors(await createAlbum(idle, form({ title: '' })))).toEqual({ title: 'Nhập tên album.' });
    await expect(createAlbum(idle, form({ title: 'Đại hội Liên minh HTX tỉnh lần thứ VI' }))).rejects.toThrow(REDIRECT);
    await expect(createAlbum(idle, form({ title: 'Đại hội Liên minh HTX tỉnh lần thứ VI' }))).rejects.toThrow(REDIRECT);
    const [album, twin] = await prisma.album.findMany({ orderBy: { id: 'asc' } });
    expect([album.slug, twin.slug]).toEqual(['dai-hoi-lien-minh-htx-tinh-lan-thu-vi', 'dai-hoi-lien-minh-htx-tinh-lan-thu-vi-2']);
    expect(takeRevalidated().tags).toEqual(['gallery']);

    const noAlt = await addAlbumPhoto(album.id, idle, await photo('khai-mac.jpg', 10, { altText: '' }));
    expect(errors(noAlt)).toEqual({ altText: 'Nhập mô tả ảnh (văn bản thay thế) cho người không xem được ảnh.' });
    expect(await addAlbumPhoto(album.id, idle, await photo('khai-mac.jpg', 10, { altText: 'Đại biểu dự phiên khai mạc', caption: 'Phiên khai mạc' }))).toMatchObject({ status: 'success' });
    expect(await addAlbumPhoto(album.id, idle, await photo('be-mac.jpg', 20, { altText: 'Bầu Ban Chấp hành' }))).toMatchObject({ status: 'success' });
    expect(takeRevalidated().tags).toEqual(['gallery']);

    // Not published yet: the public sees nothing.
    expect(await getPublicAlbum(album.slug)).toBeNull();
    expect((await getPublicGallery()).albums).toEqual([]);
    await updateAlbum(album.id, idle, form({ title: album.title, published: 'on' }));
    const pub = await getPublicAlbum(album.slug);
    expect(pub?.photos.map((p) => [p.media.altText, p.caption])).toEqual([
      ['Đại biểu dự phiên khai mạc', 'Phiên khai mạc'],
      ['Bầu Ban Chấp hành', null],
    ]);
    expect(pub?.photos[0].media.variants.map((v) => v.width)).toEqual([400, 400, 800, 800]);
    const gallery = await getPublicGallery();
    expect(gallery.albums.map((a) => [a.title, a._count.photos, a.photos[0].media.variants[0].width])).toEqual([[album.title, 2, 400]]);

    // The media library refuses to delete a photo in an album.
    const first = await prisma.albumPhoto.findFirstOrThrow({ where: { albumId: album.id }, orderBy: { ordinal: 'asc' } });
    expect(await deleteMedia(first.mediaId, idle, form({}))).toMatchObject({ status: 'error', message: expect.stringContaining(`Ảnh trong album «${album.title}»`) });
    expect((await removeAlbumPhoto(album.id, first.id, idle, form({}))).status).toBe('success');
    await expect(deleteMedia(first.mediaId, idle, form({}))).rejects.toThrow(REDIRECT);

    await expect(deleteAlbum(album.id, idle, form({}))).rejects.toThrow(REDIRECT);
    expect(await prisma.album.findUnique({ where: { id: album.id } })).toBeNull();
    expect(await prisma.media.count({ where: { fileName: 'be-mac.jpg' } })).toBe(1);
    const actions = (await prisma.auditLog.findMany({ where: { entity: 'Album', entityId: String(album.id) }, orderBy: { id: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['album.create', 'album.photo.add', 'album.photo.add', 'album.update', 'album.photo.remove', 'album.delete']);
  });
});

describe('video clips', () => {
  it('are a link or an uploaded file, one of the two', async () => {
    actAs(fx.users.EDITOR);
    expect(errors(await createVideo(idle, form({ title: 'Phim tư liệu', url: '' })))).toEqual({
      url: 'Tải lên một tệp video hoặc dán liên kết tới trang xem video (chỉ một trong hai).',
    });
    expect(errors(await createVideo(idle, form({ title: 'Phim', url: 'javascript:alert(1)' })))).toEqual({
      url: 'Liên kết phải là địa chỉ https://, ví dụ https://www.youtube.com/watch?v=…',
    });
    const pdf = form({ title: 'Không phải video' });
    pdf.append('file', new File([new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))], 'phim.mp4'));
    expect(errors(await createVideo(idle, pdf))).toEqual({ file: 'Tên tệp có đuôi .mp4 nhưng nội dung là PDF. Hãy kiểm tra lại tệp (hoặc đổi đuôi thành .pdf nếu đúng là PDF).' });

    await expect(
      createVideo(idle, form({ title: 'Hợp tác xã kiểu mới ở An Giang', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', published: 'on', description: 'Phim tư liệu' })),
    ).rejects.toThrow(REDIRECT);
    const clip = await prisma.videoClip.findFirstOrThrow({ where: { title: 'Hợp tác xã kiểu mới ở An Giang' } });
    expect(clip).toMatchObject({ slug: 'hop-tac-xa-kieu-moi-o-an-giang', mediaId: null, published: true });
    expect(await getPublicVideo(clip.slug)).toMatchObject({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', media: null });
    expect(takeRevalidated().tags).toEqual(['gallery']);
    expect(errors(await updateVideo(clip.id, idle, form({ title: clip.title, url: '' })))).toEqual({ url: 'Nhập liên kết tới trang xem video.' });
    expect(await updateVideo(clip.id, idle, form({ title: clip.title, url: clip.url!, published: '' }))).toMatchObject({ status: 'success' });
    expect(await getPublicVideo(clip.slug)).toBeNull();
  });

  it('takes an uploaded MP4 recognised by its content', async () => {
    actAs(fx.users.EDITOR);
    // The start of an MP4 file: an "ftyp" box of brand isom.
    const mp4 = new Uint8Array(Buffer.from('000000186674797069736f6d0000020069736f6d69736f32000000086d646174', 'hex'));
    const data = form({ title: 'Phiên chợ nông sản', published: 'on' });
    data.append('file', new File([mp4], 'Phiên chợ.mp4', { type: 'application/octet-stream' }));
    await expect(createVideo(idle, data)).rejects.toThrow(REDIRECT);
    const clip = await prisma.videoClip.findFirstOrThrow({ where: { title: 'Phiên chợ nông sản' }, include: { media: true } });
    expect(clip).toMatchObject({ url: null, media: { mimeType: 'video/mp4', fileName: 'Phiên chợ.mp4' } });
    expect((await getPublicVideo(clip.slug))?.media?.mimeType).toBe('video/mp4');
    expect(await deleteMedia(clip.mediaId!, idle, form({}))).toMatchObject({ status: 'error', message: expect.stringContaining('Tệp của video «Phiên chợ nông sản»') });
  });

  it('embeds YouTube links only', () => {
    expect(youtubeId('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://youtu.be/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://www.youtube.com/shorts/dQw4w9WgXcQ')).toBe('dQw4w9WgXcQ');
    expect(youtubeId('https://vimeo.com/123456')).toBeNull();
    expect(youtubeId('https://www.youtube.com/watch?v=<script>')).toBeNull();
  });
});
