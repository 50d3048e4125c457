import { prisma } from '@/lib/db';
import { isStorageKey, storage } from '@/lib/storage';

/**
 * Serves stored media by content address. The bytes under a key never change, so responses are
 * cached for a year; the type comes from the Media row (checked by content at upload), never
 * from the URL, and `nosniff` (next.config.ts) keeps browsers from guessing otherwise.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  if (!isStorageKey(key)) return new Response('Không tìm thấy tệp', { status: 404 });
  const media = await prisma.media.findUnique({ where: { storageKey: key }, select: { mimeType: true, sizeBytes: true } });
  const bytes = media ? await storage().get(key) : null;
  if (!media || !bytes) return new Response('Không tìm thấy tệp', { status: 404 });
  const headers: Record<string, string> = {
    'Content-Type': media.mimeType,
    'Content-Length': String(bytes.byteLength),
    'Cache-Control': 'public, max-age=31536000, immutable',
  };
  // SVG can carry script: served as a document it runs in our origin, so forbid that outright.
  if (media.mimeType === 'image/svg+xml') headers['Content-Security-Policy'] = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
  return new Response(new Uint8Array(bytes), { headers });
}
