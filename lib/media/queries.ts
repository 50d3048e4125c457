import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { firstParam, pageWindow, toPaged } from '@/lib/pagination';
import { parsePage } from '@/lib/pagination';

import { MIME_BY_KIND, type MediaKind, mediaKindParams } from './kinds';
import { mediaUrl } from './store';
import { findMediaUses } from './usage';

export const MEDIA_PER_PAGE = 24;

export type MediaFilters = { q?: string; kind?: MediaKind; page: number };

export function parseMediaFilters(params: Record<string, string | string[] | undefined>): MediaFilters {
  const q = firstParam(params.q)?.normalize('NFC').trim().slice(0, 100) || undefined;
  const kindParam = firstParam(params.loai);
  const kind = (Object.entries(mediaKindParams) as [MediaKind, string][]).find(([, p]) => p === kindParam)?.[0];
  return { q, kind, page: parsePage(params.trang) };
}

function whereOf(f: MediaFilters): Prisma.MediaWhereInput {
  const where: Prisma.MediaWhereInput = {};
  if (f.kind) where.mimeType = { in: [...MIME_BY_KIND[f.kind]] };
  if (f.q) {
    where.OR = [
      { fileName: { contains: f.q, mode: 'insensitive' } },
      { altText: { contains: f.q, mode: 'insensitive' } },
      { caption: { contains: f.q, mode: 'insensitive' } },
    ];
  }
  return where;
}

const listSelect = {
  id: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  storageKey: true,
  altText: true,
  caption: true,
  width: true,
  height: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
  // The smallest web copy serves as the thumbnail.
  variants: { where: { mimeType: 'image/webp' }, orderBy: { width: 'asc' }, take: 1, select: { storageKey: true, width: true, height: true } },
} satisfies Prisma.MediaSelect;

/** One page of the library, newest first. */
export async function getMediaLibrary(filters: MediaFilters) {
  const where = whereOf(filters);
  const total = await prisma.media.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MEDIA_PER_PAGE));
  const page = Math.min(filters.page, pageCount);
  const { skip, take } = pageWindow(page, MEDIA_PER_PAGE);
  const items = await prisma.media.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip, take, select: listSelect });
  return toPaged(items, total, page, MEDIA_PER_PAGE);
}

export type MediaListItem = Awaited<ReturnType<typeof getMediaLibrary>>['items'][number];

/** One file for its edit page: its web copies and where it is used. */
export async function getMediaForEditor(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const media = await prisma.media.findUnique({
    where: { id },
    select: { ...listSelect, sha256: true, variants: { orderBy: [{ width: 'desc' }, { mimeType: 'asc' }], select: { storageKey: true, width: true, height: true, mimeType: true, sizeBytes: true } } },
  });
  if (!media) return null;
  return { ...media, uses: await findMediaUses(prisma, id) };
}

/** The newest images of the library, for the rich-text editor's image dialog and the cover picker. */
export async function getPickableImages(limit = 24) {
  const rows = await prisma.media.findMany({
    where: { mimeType: { startsWith: 'image/' } },
    select: { id: true, storageKey: true, altText: true, fileName: true },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return rows.map((m) => ({ id: m.id, src: mediaUrl(m.storageKey), alt: m.altText ?? m.fileName }));
}
