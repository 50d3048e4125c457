import { contentDisposition } from '@/lib/documents/download';
import { getDocumentAttachment } from '@/lib/documents/queries';
import { storage } from '@/lib/storage';

/**
 * Downloads an attachment of a published document under its own (Vietnamese) file name, with the
 * type recorded when it was stored. Cached by HTTP: an ETag from the file's SHA-256 lets browsers
 * and proxies revalidate with a 304 (no file read), and max-age keeps repeat downloads local. The
 * URL names the attachment, not the bytes, so the cache is short enough to follow a replaced file.
 */
const CACHE_CONTROL = 'public, max-age=3600';

function notFound() {
  return new Response('Không tìm thấy tệp đính kèm.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  if (!/^[a-z0-9-]{1,200}$/.test(slug) || !/^[1-9]\d{0,8}$/.test(id)) return notFound();
  const attachment = await getDocumentAttachment(slug, Number(id));
  if (!attachment) return notFound();
  const { media } = attachment;
  const etag = `"${media.sha256}"`;
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': CACHE_CONTROL };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  const bytes = await storage().get(media.storageKey);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      'Content-Type': media.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(media.fileName),
    },
  });
}
