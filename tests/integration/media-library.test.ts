import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

// Uploads of this file go to a folder of its own, not the worktree's .data.
process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'media-test-'));

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { GET as serveMedia } from '@/app/media/[...key]/route';
import { deleteMedia, updateMediaText, uploadMedia } from '@/lib/media/actions';
import { MAX_FILE_BYTES, MAX_IMAGE_BYTES } from '@/lib/media/kinds';
import { getMediaLibrary } from '@/lib/media/queries';
import { storage } from '@/lib/storage';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const PDF = new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'));

function upload(file: File, fields: Record<string, string> = {}): FormData {
  const data = form(fields);
  data.append('file', file);
  return data;
}

async function png(width: number, height: number, seed = 0): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background: { r: 20 + seed, g: 120, b: 60 } } })
    .png()
    .toBuffer());
}

const errorOf = (s: ActionState, field: string) => (s.status === 'error' ? s.fieldErrors[field] : undefined);

describe('upload: the type is read from the content', () => {
  it('refuses a PDF renamed .jpg, whatever type the browser claims, and stores nothing', async () => {
    actAs(fx.users.EDITOR);
    const before = await prisma.media.count();
    const result = await uploadMedia(idle, upload(new File([PDF], 'anh-hoi-nghi.jpg', { type: 'image/jpeg' }), { altText: 'Hội nghị' }));
    expect(result.status).toBe('error');
    expect(errorOf(result, 'file')).toBe('Tên tệp có đuôi .jpg nhưng nội dung là PDF. Hãy kiểm tra lại tệp (hoặc đổi đuôi thành .pdf nếu đúng là PDF).');
    expect(await prisma.media.count()).toBe(before);
  });

  it('refuses content it does not recognise (a script named .pdf)', async () => {
    actAs(fx.users.EDITOR);
    const result = await uploadMedia(idle, upload(new File(['<script>alert(1)</script>'], 'van-ban.pdf', { type: 'application/pdf' })));
    expect(errorOf(result, 'file')).toMatch(/^Không nhận ra loại tệp qua nội dung/);
  });

  it('accepts a PNG, keeps its size, and makes 1600/800/400 px copies in WebP and JPEG', async () => {
    actAs(fx.users.STAFF);
    const bytes = await png(2000, 1000);
    const result = await uploadMedia(idle, upload(new File([bytes], 'Lễ ra mắt HTX Tân Hiệp.png', { type: 'application/octet-stream' }), { altText: 'Lễ ra mắt hợp tác xã', caption: 'Ảnh: Minh Anh' }));
    expect(result).toMatchObject({ status: 'success', message: 'Đã tải lên «Lễ ra mắt HTX Tân Hiệp.png».' });
    const media = await prisma.media.findFirstOrThrow({ where: { fileName: 'Lễ ra mắt HTX Tân Hiệp.png' }, include: { variants: true } });
    expect(media).toMatchObject({ mimeType: 'image/png', width: 2000, height: 1000, altText: 'Lễ ra mắt hợp tác xã', caption: 'Ảnh: Minh Anh', uploadedById: fx.users.STAFF.id });
    expect(media.storageKey).toMatch(/\.png$/);
    const seen: string[] = [];
    for (const v of media.variants) {
      const stored = await storage().get(v.storageKey);
      expect(stored).not.toBeNull();
      const meta = await sharp(stored!).metadata();
      expect(meta.width).toBe(v.width);
      expect(meta.height).toBe(v.width / 2);
      expect(meta.format).toBe(v.mimeType === 'image/webp' ? 'webp' : 'jpeg');
      seen.push(`${meta.width}:${meta.format}`);
    }
    expect(seen.sort()).toEqual(['1600:jpeg', '1600:webp', '400:jpeg', '400:webp', '800:jpeg', '800:webp']);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Media', entityId: String(media.id) } });
    expect(audit).toMatchObject({ action: 'media.upload', userId: fx.users.STAFF.id });
    expect(takeRevalidated().paths).toContain('/quan-tri/thu-vien-media');

    // The same bytes again: one copy, the existing row.
    const again = await uploadMedia(idle, upload(new File([bytes], 'ban-sao.png'), { altText: 'Bản sao' }));
    expect(again).toMatchObject({ status: 'success', message: expect.stringContaining('đã có trong thư viện') });
    expect(await prisma.media.count({ where: { sha256: media.sha256 } })).toBe(1);
  });

  it('strips EXIF from a photo but keeps it upright', async () => {
    actAs(fx.users.EDITOR);
    // 300×200 pixels stored with "rotate 90°" in EXIF: a camera held upright.
    const photo = new Uint8Array(await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3366aa' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer());
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const result = await uploadMedia(idle, upload(new File([photo], 'chan-dung.jpg'), { altText: 'Chân dung' }));
    expect(result.status).toBe('success');
    const media = await prisma.media.findFirstOrThrow({ where: { fileName: 'chan-dung.jpg' }, include: { variants: true } });
    expect([media.width, media.height]).toEqual([200, 300]);
    for (const key of [media.storageKey, ...media.variants.map((v) => v.storageKey)]) {
      const meta = await sharp((await storage().get(key))!).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect([meta.width, meta.height]).toEqual([200, 300]);
    }
  });

  it('requires alt text for an image, not for a document', async () => {
    actAs(fx.users.EDITOR);
    const image = await uploadMedia(idle, upload(new File([await png(500, 300, 7)], 'khong-mo-ta.png'), { altText: '   ', caption: 'Chú thích giữ lại' }));
    expect(image.status).toBe('error');
    expect(errorOf(image, 'altText')).toBe('Nhập mô tả ảnh (văn bản thay thế) cho người không xem được ảnh.');
    expect(image.status === 'error' && image.values?.caption).toBe('Chú thích giữ lại');
    expect(await prisma.media.count({ where: { fileName: 'khong-mo-ta.png' } })).toBe(0);

    const pdf = await uploadMedia(idle, upload(new File([PDF], 'Kế hoạch 2026.pdf', { type: 'application/pdf' })));
    expect(pdf.status).toBe('success');
    expect(await prisma.media.findFirstOrThrow({ where: { fileName: 'Kế hoạch 2026.pdf' } })).toMatchObject({ mimeType: 'application/pdf', width: null, altText: null });
  });

  it('refuses files over the size limits', async () => {
    actAs(fx.users.EDITOR);
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'qua-lon.pdf');
    expect(errorOf(await uploadMedia(idle, upload(huge)), 'file')).toBe('Tệp quá lớn: tối đa 20 MB.');
    // A PNG signature followed by padding: recognised as an image, refused before decoding.
    const header = await png(10, 10, 9);
    const bigImage = new File([header, new Uint8Array(MAX_IMAGE_BYTES)], 'anh-lon.png');
    expect(errorOf(await uploadMedia(idle, upload(bigImage, { altText: 'Ảnh lớn' })), 'file')).toBe('Ảnh quá lớn: tối đa 10 MB.');
  });

  it('is refused to roles without media.manage', async () => {
    actAs(fx.users.LEADER);
    await expect(uploadMedia(idle, upload(new File([PDF], 'a.pdf')))).rejects.toThrow(FORBIDDEN);
  });
});

describe('editing and deleting', () => {
  async function uploaded(name: string, seed: number) {
    actAs(fx.users.EDITOR);
    const r = await uploadMedia(idle, upload(new File([await png(900, 600, seed)], name), { altText: `Ảnh ${name}` }));
    expect(r.status).toBe('success');
    return prisma.media.findFirstOrThrow({ where: { fileName: name }, include: { variants: true } });
  }

  it('edits alt text and caption, keeping alt text required for images', async () => {
    const m = await uploaded('sua-mo-ta.png', 11);
    const refused = await updateMediaText(m.id, idle, form({ altText: '', caption: 'x' }));
    expect(errorOf(refused, 'altText')).toBeTruthy();
    const ok = await updateMediaText(m.id, idle, form({ altText: 'Đại hội thành viên HTX', caption: 'Ảnh tư liệu' }));
    expect(ok.status).toBe('success');
    expect(await prisma.media.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ altText: 'Đại hội thành viên HTX', caption: 'Ảnh tư liệu' });
    expect(await prisma.auditLog.count({ where: { entity: 'Media', entityId: String(m.id), action: 'media.update' } })).toBe(1);
  });

  it('refuses to delete media in use and says where; deletes it once unused, with its bytes', async () => {
    const cover = await uploaded('anh-bia.png', 21);
    const inline = await uploaded('anh-trong-bai.png', 22);
    const category = await prisma.category.create({ data: { slug: 'tin-thu-nghiem', name: 'Tin thử nghiệm' } });
    const article = await prisma.article.create({
      data: {
        slug: 'bai-co-anh',
        title: 'Bài có ảnh',
        summary: 'Tóm tắt',
        body: `<p>Mở đầu</p><figure><img src="/media/${inline.variants[0].storageKey}" alt="x"></figure>`,
        categoryId: category.id,
        coverMediaId: cover.id,
      },
    });
    const body = await prisma.issuingBody.create({ data: { name: 'Liên minh HTX tỉnh', level: 'ORGANIZATION' } });
    const doc = await prisma.legalDocument.create({
      data: { slug: 'kh-01', number: '01/KH-LMHTX', type: 'PLAN', scope: 'UNIT', issuingBodyId: body.id, issuedOn: new Date('2026-01-05'), abstract: 'Kế hoạch' },
    });
    actAs(fx.users.EDITOR);
    await uploadMedia(idle, upload(new File([PDF, ' '], 'Kế hoạch 01.pdf')));
    const pdf = await prisma.media.findFirstOrThrow({ where: { fileName: 'Kế hoạch 01.pdf' } });
    await prisma.attachment.create({ data: { mediaId: pdf.id, legalDocumentId: doc.id, title: 'Toàn văn' } });

    const coverRefused = await deleteMedia(cover.id, idle, form({}));
    expect(coverRefused).toMatchObject({ status: 'error', message: expect.stringContaining('Ảnh đại diện của tin bài «Bài có ảnh»') });
    expect(await deleteMedia(inline.id, idle, form({}))).toMatchObject({ message: expect.stringContaining('Trong nội dung tin bài «Bài có ảnh»') });
    expect(await deleteMedia(pdf.id, idle, form({}))).toMatchObject({ message: expect.stringContaining('Tệp đính kèm của văn bản «01/KH-LMHTX»') });
    expect(await prisma.media.count({ where: { id: { in: [cover.id, inline.id, pdf.id] } } })).toBe(3);
    expect(await storage().exists(cover.storageKey)).toBe(true);

    // A kept revision that still shows the cover could be restored: the cover stays in use.
    await prisma.article.update({ where: { id: article.id }, data: { coverMediaId: null } });
    const revision = await prisma.articleRevision.create({
      data: { articleId: article.id, title: 'Bài có ảnh', summary: 'Tóm tắt', body: '<p>Mở đầu</p>', details: { coverMediaId: cover.id } },
    });
    expect(await deleteMedia(cover.id, idle, form({}))).toMatchObject({ message: expect.stringContaining('Trong một phiên bản cũ của tin bài «Bài có ảnh»') });
    await prisma.articleRevision.delete({ where: { id: revision.id } });
    await expect(deleteMedia(cover.id, idle, form({}))).rejects.toThrow(REDIRECT);
    expect(await prisma.media.findUnique({ where: { id: cover.id } })).toBeNull();
    expect(await prisma.mediaVariant.count({ where: { mediaId: cover.id } })).toBe(0);
    expect(await storage().exists(cover.storageKey)).toBe(false);
    for (const v of cover.variants) expect(await storage().exists(v.storageKey)).toBe(false);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: 'Media', entityId: String(cover.id), action: 'media.delete' } });
    expect(audit.before).toMatchObject({ fileName: 'anh-bia.png' });
  });
});

describe('the library list', () => {
  it('filters by kind and searches names and descriptions', async () => {
    const images = await getMediaLibrary({ kind: 'image', page: 1 });
    expect(images.items.length).toBeGreaterThan(0);
    expect(images.items.every((m) => m.mimeType.startsWith('image/'))).toBe(true);
    const pdfs = await getMediaLibrary({ kind: 'pdf', page: 1 });
    expect(pdfs.items.every((m) => m.mimeType === 'application/pdf')).toBe(true);
    const found = await getMediaLibrary({ q: 'ra mắt', page: 1 });
    expect(found.items.map((m) => m.fileName)).toEqual(['Lễ ra mắt HTX Tân Hiệp.png']);
    expect(found.items[0].variants[0]).toMatchObject({ width: 400 });
  });
});

describe('serving /media/<key>', () => {
  const get = (key: string) => serveMedia(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key: key.split('/') }) });

  it('serves a web copy inline and a document as a download under its Vietnamese name, cached for good, never sniffed', async () => {
    const image = await prisma.media.findFirstOrThrow({ where: { fileName: 'Lễ ra mắt HTX Tân Hiệp.png' }, include: { variants: { where: { width: 800, mimeType: 'image/webp' } } } });
    const res = await get(image.variants[0].storageKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="Le ra mat HTX Tan Hiep-800.webp"; filename*=UTF-8''L%E1%BB%85%20ra%20m%E1%BA%AFt%20HTX%20T%C3%A2n%20Hi%E1%BB%87p-800.webp`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(800);

    const pdf = await prisma.media.findFirstOrThrow({ where: { fileName: 'Kế hoạch 2026.pdf' } });
    const download = await get(pdf.storageKey);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="Ke hoach 2026.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%202026.pdf`);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    expect((await get(`00/00/${'0'.repeat(64)}.png`)).status).toBe(404);
    expect((await get('../../etc/passwd')).status).toBe(404);
  });
});
