import { prisma } from '@/lib/db';
import { contentDisposition } from '@/lib/documents/download';
import { isStorageKey, storage } from '@/lib/storage';

/**
 * Serves stored media, originals and their web copies, by content address. The bytes under a key
 * never change, so responses are cached for a year (immutable); the type comes from the database
 * row (checked by content at upload), never from the URL, and `nosniff` keeps browsers from
 * guessing otherwise. Images open in the page; other files download under their Vietnamese name.
 */
function notFound() {
  return new Response('Không tìm thấy tệp', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  if (!isStorageKey(key)) return notFound();
  const media = await prisma.media.findFirst({ where: { storageKey: key }, select: { mimeType: true, fileName: true } });
  const variant = media
    ? null
    : await prisma.mediaVariant.findFirst({ where: { storageKey: key }, select: { mimeType: true, width: true, media: { select: { fileName: true } } } });
  const found = media ?? (variant ? { mimeType: variant.mimeType, fileName: variantName(variant.media.fileName, variant.width, variant.mimeType) } : null);
  const bytes = found ? await storage().get(key) : null;
  if (!found || !bytes) return notFound();
  const inline = found.mimeType.startsWith('image/');
  const headers: Record<string, string> = {
    'Content-Type': found.mimeType,
    'Content-Length': String(bytes.byteLength),
    'Content-Disposition': contentDisposition(found.fileName, inline ? 'inline' : 'attachment'),
    'Cache-Control': 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  };
  // SVG can carry script: served as a document it runs in our origin, so forbid that outright.
  if (found.mimeType === 'image/svg+xml') headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  return new Response(new Uint8Array(bytes), { headers });
}

/** "Hội nghị.png" at 800 px as WebP → "Hội nghị-800.webp". */
function variantName(fileName: string, width: number, mimeType: string): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  return `${base}-${width}.${mimeType === 'image/webp' ? 'webp' : 'jpg'}`;
}
