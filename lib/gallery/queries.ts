import 'server-only';

import { prisma } from '@/lib/db';

const thumbSelect = { where: { mimeType: 'image/webp' }, orderBy: { width: 'asc' as const }, select: { storageKey: true, width: true, height: true } };

/** Published albums (newest first) with their first photo as cover, and published videos. */
export async function getPublicGallery() {
  const [albums, videos] = await Promise.all([
    prisma.album.findMany({
      where: { published: true, photos: { some: {} } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: {
        slug: true,
        title: true,
        description: true,
        createdAt: true,
        _count: { select: { photos: true } },
        photos: { orderBy: [{ ordinal: 'asc' }, { id: 'asc' }], take: 1, select: { media: { select: { altText: true, variants: { ...thumbSelect, take: 1 } } } } },
      },
    }),
    prisma.videoClip.findMany({ where: { published: true }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { slug: true, title: true, description: true, url: true, createdAt: true } }),
  ]);
  return { albums, videos };
}

/** One published album with every photo's web copies. */
export async function getPublicAlbum(slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  return prisma.album.findFirst({
    where: { slug, published: true },
    select: {
      title: true,
      description: true,
      createdAt: true,
      photos: {
        orderBy: [{ ordinal: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          caption: true,
          media: { select: { altText: true, caption: true, storageKey: true, width: true, height: true, variants: { orderBy: { width: 'asc' }, select: { storageKey: true, width: true, height: true, mimeType: true } } } },
        },
      },
    },
  });
}

export async function getPublicVideo(slug: string) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  return prisma.videoClip.findFirst({
    where: { slug, published: true },
    select: { title: true, description: true, url: true, createdAt: true, media: { select: { storageKey: true, mimeType: true } } },
  });
}

export async function getGalleryForEditors() {
  const [albums, videos] = await Promise.all([
    prisma.album.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, title: true, slug: true, published: true, _count: { select: { photos: true } } } }),
    prisma.videoClip.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, title: true, slug: true, published: true, url: true, mediaId: true } }),
  ]);
  return { albums, videos };
}

export async function getAlbumForEditor(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.album.findUnique({
    where: { id },
    include: {
      photos: {
        orderBy: [{ ordinal: 'asc' }, { id: 'asc' }],
        include: { media: { select: { id: true, fileName: true, altText: true, variants: { ...thumbSelect, take: 1 } } } },
      },
    },
  });
}

export async function getVideoForEditor(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.videoClip.findUnique({ where: { id }, include: { media: { select: { id: true, fileName: true, storageKey: true } } } });
}
