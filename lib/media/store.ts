import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { sha256, storage, storageKeyFor } from '@/lib/storage';

type MediaClient = Pick<Db, 'media'> | Prisma.TransactionClient;

export type NewMedia = {
  bytes: Uint8Array;
  fileName: string;
  mimeType: string;
  altText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  uploadedById?: number | null;
};

/**
 * Stores the bytes (content-addressed, so storing the same file twice keeps one copy) and records
 * the Media row. The caller has already checked the type by content and the size.
 */
export async function storeMedia(db: MediaClient, file: NewMedia) {
  const storageKey = storageKeyFor(file.bytes, file.fileName);
  await storage().put(storageKey, file.bytes, file.mimeType);
  const existing = await db.media.findUnique({ where: { storageKey } });
  if (existing) return existing;
  return db.media.create({
    data: {
      fileName: file.fileName.normalize('NFC'),
      mimeType: file.mimeType,
      sizeBytes: file.bytes.byteLength,
      storageKey,
      sha256: sha256(file.bytes),
      altText: file.altText ?? null,
      caption: file.caption ?? null,
      width: file.width ?? null,
      height: file.height ?? null,
      uploadedById: file.uploadedById ?? null,
    },
  });
}

/** The public URL of a stored file; content-addressed, so it can be cached for a year. */
export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey}`;
}
