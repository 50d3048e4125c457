import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

type UsageClient = Db | Prisma.TransactionClient;

/** One place a media file is used, in words an editor understands, with a link to it. */
export type MediaUse = { where: string; label: string; href: string };

/**
 * Where a media file is in use: an article's cover, an image inside an article or a page body
 * (by its address /media/<key>, the original's or a web copy's), an attachment of an article or a
 * legal document, a photo of an album, the file of a video clip. Deleting a file in use would leave a broken image or link, so it is refused.
 */
export async function findMediaUses(db: UsageClient, mediaId: number): Promise<MediaUse[]> {
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { storageKey: true, variants: { select: { storageKey: true } } } });
  if (!media) return [];
  const keys = [media.storageKey, ...media.variants.map((v) => v.storageKey)];
  const patterns = keys.map((k) => `%/media/${k}%`);
  const [covers, attachments, articleBodies, revisions, pageBodies, photos, clips] = await Promise.all([
    db.article.findMany({ where: { coverMediaId: mediaId }, select: { id: true, title: true }, orderBy: { id: 'asc' } }),
    db.attachment.findMany({
      where: { mediaId },
      select: { article: { select: { id: true, title: true } }, legalDocument: { select: { id: true, number: true } } },
      orderBy: { id: 'asc' },
    }),
    db.$queryRaw<{ id: number; title: string }[]>`SELECT id, title FROM "Article" WHERE body LIKE ANY (${patterns}::text[]) ORDER BY id`,
    // A kept revision can be restored: its body and its cover (in details) must not break then.
    db.$queryRaw<{ id: number; title: string }[]>`
      SELECT DISTINCT a.id, a.title FROM "ArticleRevision" r JOIN "Article" a ON a.id = r."articleId"
       WHERE r.body LIKE ANY (${patterns}::text[]) OR (r.details ->> 'coverMediaId')::int = ${mediaId} ORDER BY a.id`,
    db.$queryRaw<{ id: number; title: string; slug: string }[]>`SELECT id, title, slug FROM "Page" WHERE body LIKE ANY (${patterns}::text[]) ORDER BY id`,
    db.albumPhoto.findMany({ where: { mediaId }, select: { album: { select: { id: true, title: true } } }, orderBy: { id: 'asc' } }),
    db.videoClip.findMany({ where: { mediaId }, select: { id: true, title: true }, orderBy: { id: 'asc' } }),
  ]);
  const uses: MediaUse[] = [];
  for (const a of covers) uses.push({ where: 'Ảnh đại diện của tin bài', label: a.title, href: `/quan-tri/tin-bai/${a.id}` });
  for (const a of articleBodies) uses.push({ where: 'Trong nội dung tin bài', label: a.title, href: `/quan-tri/tin-bai/${a.id}` });
  for (const a of revisions) uses.push({ where: 'Trong một phiên bản cũ của tin bài', label: a.title, href: `/quan-tri/tin-bai/${a.id}/phien-ban` });
  for (const p of pageBodies) uses.push({ where: 'Trong nội dung trang', label: p.title, href: `/${p.slug}` });
  for (const a of attachments) {
    if (a.legalDocument) uses.push({ where: 'Tệp đính kèm của văn bản', label: a.legalDocument.number, href: `/quan-tri/van-ban/${a.legalDocument.id}` });
    else if (a.article) uses.push({ where: 'Tệp đính kèm của tin bài', label: a.article.title, href: `/quan-tri/tin-bai/${a.article.id}` });
  }
  for (const p of photos) uses.push({ where: 'Ảnh trong album', label: p.album.title, href: `/quan-tri/thu-vien/anh/${p.album.id}` });
  for (const c of clips) uses.push({ where: 'Tệp của video', label: c.title, href: `/quan-tri/thu-vien/video/${c.id}` });
  return uses;
}
