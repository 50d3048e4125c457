import 'server-only';

import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sha256, storage, storageKeyFor } from '@/lib/storage';

import { formatLimit, IMAGE_WIDTHS, MAX_FILE_BYTES, MAX_IMAGE_BYTES, type MediaKind, mediaKindOf } from './kinds';

/**
 * Everything an upload goes through before it becomes a Media row: the type is read from the bytes
 * (file-type), never from the name or the browser's claim; a name whose extension says something
 * else is refused, so that nobody downloads "bao-cao.jpg" and gets a PDF; sizes are capped; images
 * are re-encoded without metadata (EXIF with GPS positions, camera serials) but upright, and get
 * web-sized copies that pages use instead of the original.
 */

type Detected = { mime: string; ext: string; label: string; kind: MediaKind };

const ACCEPTED: Record<string, Omit<Detected, 'kind'> & { names: string[] }> = {
  'image/jpeg': { mime: 'image/jpeg', ext: 'jpg', label: 'ảnh JPEG', names: ['jpg', 'jpeg', 'jfif'] },
  'image/png': { mime: 'image/png', ext: 'png', label: 'ảnh PNG', names: ['png'] },
  'image/webp': { mime: 'image/webp', ext: 'webp', label: 'ảnh WebP', names: ['webp'] },
  'image/gif': { mime: 'image/gif', ext: 'gif', label: 'ảnh GIF', names: ['gif'] },
  'application/pdf': { mime: 'application/pdf', ext: 'pdf', label: 'PDF', names: ['pdf'] },
  'application/msword': { mime: 'application/msword', ext: 'doc', label: 'Word (.doc)', names: ['doc'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    label: 'Word (.docx)',
    names: ['docx'],
  },
  'application/vnd.ms-excel': { mime: 'application/vnd.ms-excel', ext: 'xls', label: 'Excel (.xls)', names: ['xls'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
    label: 'Excel (.xlsx)',
    names: ['xlsx'],
  },
  'video/mp4': { mime: 'video/mp4', ext: 'mp4', label: 'video MP4', names: ['mp4', 'm4v'] },
  'video/webm': { mime: 'video/webm', ext: 'webm', label: 'video WebM', names: ['webm'] },
};

/** Which stream an old Office file (a CFB container) holds: Word's "WordDocument", Excel's "Workbook"/"Book". */
function cfbMime(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (text.includes(utf16('WordDocument'))) return 'application/msword';
  if (text.includes(utf16('Workbook')) || text.includes(utf16('Book\0'))) return 'application/vnd.ms-excel';
  return null;
}

export async function detectType(bytes: Uint8Array): Promise<Detected | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  const mime = found.mime === 'application/x-cfb' ? cfbMime(bytes) : found.mime;
  const accepted = mime ? ACCEPTED[mime] : undefined;
  if (!accepted) return null;
  return { mime: accepted.mime, ext: accepted.ext, label: accepted.label, kind: mediaKindOf(accepted.mime)! };
}

export class UploadError extends Error {}

export type IngestOptions = {
  altText?: string | null;
  caption?: string | null;
  uploadedById?: number | null;
};

type ImageOut = { bytes: Uint8Array; width: number; height: number; mime: string };

/** Upright, metadata-free original (re-encoded only when it carries metadata or a rotation). */
async function cleanOriginal(bytes: Uint8Array, mime: string): Promise<ImageOut> {
  const input = sharp(bytes, { limitInputPixels: 60_000_000, animated: mime === 'image/gif' });
  const meta = await input.metadata();
  const carries = Boolean(meta.exif || meta.xmp || meta.iptc || (meta.orientation && meta.orientation > 1));
  const upright = (w = meta.width ?? 0, h = meta.height ?? 0) => ((meta.orientation ?? 1) >= 5 ? { width: h, height: w } : { width: w, height: h });
  if (!carries || mime === 'image/gif') return { bytes, mime, ...upright() };
  const pipeline = sharp(bytes, { limitInputPixels: 60_000_000 }).autoOrient();
  const out =
    mime === 'image/png'
      ? await pipeline.png().toBuffer({ resolveWithObject: true })
      : mime === 'image/webp'
        ? await pipeline.webp({ quality: 92 }).toBuffer({ resolveWithObject: true })
        : await pipeline.jpeg({ quality: 92, mozjpeg: true }).toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(out.data), mime, width: out.info.width, height: out.info.height };
}

/** The web sizes: each width narrower than the image, or one copy at its own width when it is small. */
async function webVariants(original: ImageOut): Promise<ImageOut[]> {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < original.width);
  if (widths.length === 0) widths.push(original.width);
  const out: ImageOut[] = [];
  for (const width of widths) {
    const base = () => sharp(original.bytes, { limitInputPixels: 60_000_000 }).autoOrient().resize({ width, withoutEnlargement: true });
    const webp = await base().webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    // JPEG has no transparency: a transparent PNG's background turns white, not black.
    const jpeg = await base().flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    out.push({ bytes: new Uint8Array(webp.data), width: webp.info.width, height: webp.info.height, mime: 'image/webp' });
    out.push({ bytes: new Uint8Array(jpeg.data), width: jpeg.info.width, height: jpeg.info.height, mime: 'image/jpeg' });
  }
  return out;
}

/** Lower-case extension of a file name ("Báo cáo.PDF" → "pdf"), or "". */
function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name.trim());
  return m ? m[1].toLowerCase() : '';
}

export type CheckedUpload = { detected: Detected; bytes: Uint8Array; fileName: string };

/**
 * Checks an uploaded file without storing anything. Throws UploadError with the Vietnamese reason.
 */
export async function checkUpload(file: File, kinds?: readonly MediaKind[]): Promise<CheckedUpload> {
  const fileName = file.name.normalize('NFC').replace(/[\\/\u0000-\u001f]/g, ' ').trim().slice(0, 200);
  if (file.size === 0 || !fileName) throw new UploadError('Chọn một tệp để tải lên.');
  if (file.size > MAX_FILE_BYTES) throw new UploadError(`Tệp quá lớn: tối đa ${formatLimit(MAX_FILE_BYTES)}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = await detectType(bytes);
  if (!detected) {
    throw new UploadError('Không nhận ra loại tệp qua nội dung. Chỉ nhận ảnh (JPEG, PNG, WebP, GIF), PDF, Word (.doc, .docx), Excel (.xls, .xlsx) và video (MP4, WebM).');
  }
  const ext = extensionOf(fileName);
  if (!ACCEPTED[detected.mime].names.includes(ext)) {
    throw new UploadError(
      ext
        ? `Tên tệp có đuôi .${ext} nhưng nội dung là ${detected.label}. Hãy kiểm tra lại tệp (hoặc đổi đuôi thành .${detected.ext} nếu đúng là ${detected.label}).`
        : `Tên tệp không có đuôi; nội dung là ${detected.label}. Hãy đặt tên có đuôi .${detected.ext}.`,
    );
  }
  if (kinds && !kinds.includes(detected.kind)) {
    throw new UploadError(`Ở đây không nhận ${detected.label}.`);
  }
  if (detected.kind === 'image' && bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new UploadError(`Ảnh quá lớn: tối đa ${formatLimit(MAX_IMAGE_BYTES)}.`);
  }
  return { detected, bytes, fileName };
}

type IngestClient = Pick<Db, 'media' | 'mediaVariant'> | Prisma.TransactionClient;

type VariantRow = { width: number; height: number; mimeType: string; sizeBytes: number; storageKey: string };

/** A checked upload whose bytes (cleaned original and web copies) are in storage, not yet recorded. */
export type PreparedUpload = {
  fileName: string;
  mimeType: string;
  kind: MediaKind;
  storageKey: string;
  sha256: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  variants: VariantRow[];
};

/**
 * Processes and stores the bytes: the (cleaned) original and, for an image, its web sizes, all
 * content-addressed (the same file twice is one copy). Done outside any database transaction,
 * because resizing takes a while and the embedded database has a single session.
 */
export async function prepareUpload(checked: CheckedUpload): Promise<PreparedUpload> {
  const { detected, fileName } = checked;
  const isImage = detected.kind === 'image';
  let original: ImageOut = { bytes: checked.bytes, mime: detected.mime, width: 0, height: 0 };
  let variants: ImageOut[] = [];
  if (isImage) {
    try {
      original = await cleanOriginal(checked.bytes, detected.mime);
      variants = await webVariants(original);
    } catch {
      throw new UploadError('Không đọc được ảnh: tệp có thể bị hỏng.');
    }
  }
  const storageKey = storageKeyFor(original.bytes, `x.${detected.ext}`);
  await storage().put(storageKey, original.bytes, detected.mime);
  const rows: VariantRow[] = [];
  for (const v of variants) {
    const key = storageKeyFor(v.bytes, v.mime === 'image/webp' ? 'x.webp' : 'x.jpg');
    await storage().put(key, v.bytes, v.mime);
    rows.push({ width: v.width, height: v.height, mimeType: v.mime, sizeBytes: v.bytes.byteLength, storageKey: key });
  }
  return {
    fileName,
    mimeType: detected.mime,
    kind: detected.kind,
    storageKey,
    sha256: sha256(original.bytes),
    sizeBytes: original.bytes.byteLength,
    width: isImage ? original.width : null,
    height: isImage ? original.height : null,
    variants: rows,
  };
}

/**
 * Records a prepared upload (call it inside the transaction that writes the audit row). A file
 * already in the library is not recorded twice: its existing row comes back with created false.
 */
export async function recordUpload(db: IngestClient, prepared: PreparedUpload, options: IngestOptions = {}) {
  const existing = await db.media.findUnique({ where: { storageKey: prepared.storageKey } });
  if (existing) return { media: existing, created: false };
  const media = await db.media.create({
    data: {
      fileName: prepared.fileName,
      mimeType: prepared.mimeType,
      sizeBytes: prepared.sizeBytes,
      storageKey: prepared.storageKey,
      sha256: prepared.sha256,
      altText: options.altText ?? null,
      caption: options.caption ?? null,
      width: prepared.width,
      height: prepared.height,
      uploadedById: options.uploadedById ?? null,
      variants: { create: prepared.variants },
    },
  });
  return { media, created: true };
}
