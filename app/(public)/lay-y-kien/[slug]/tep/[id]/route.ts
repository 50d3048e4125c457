import { getConsultationAttachment } from '@/lib/consultations/queries';
import { contentDisposition } from '@/lib/documents/download';
import { storage } from '@/lib/storage';

/** Downloads a file of a draft under consultation (the draft may not be in the public library). */
function notFound() {
  return new Response('Không tìm thấy tệp.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  if (!/^[a-z0-9-]{1,200}$/.test(slug) || !/^[1-9]\d{0,8}$/.test(id)) return notFound();
  const attachment = await getConsultationAttachment(slug, Number(id));
  const bytes = attachment ? await storage().get(attachment.media.storageKey) : null;
  if (!attachment || !bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': attachment.media.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': contentDisposition(attachment.media.fileName),
      'Cache-Control': 'public, max-age=3600',
      ETag: `"${attachment.media.sha256}"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
