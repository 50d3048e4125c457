import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { formatDate } from '@/lib/format/date';
import { getPublicAlbum } from '@/lib/gallery/queries';
import { mediaUrl } from '@/lib/media/store';

type Props = { params: Promise<{ slug: string }> };

const loadAlbum = cache(getPublicAlbum);

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const album = await loadAlbum((await params).slug);
  return album ? { title: album.title, description: album.description ?? undefined } : {};
}

// Cached until an album or video changes (tag `gallery`).
export default async function AlbumPage({ params }: Props) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) notFound();
  if (!(await cachedUnder(cacheTags.gallery))) return null;
  const album = await loadAlbum(slug);
  if (!album) notFound();
  return (
    <div>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { href: '/thu-vien', label: 'Thư viện' }, { label: album.title }]} />
      <h1 className="text-3xl font-bold text-slate-900">{album.title}</h1>
      <p className="mt-1 text-sm text-slate-600">{formatDate(album.createdAt)}</p>
      {album.description ? <p className="mt-3 text-lg text-slate-800">{album.description}</p> : null}
      <ul className="mt-6 grid gap-6 sm:grid-cols-2">
        {album.photos.map((p) => {
          const webp = p.media.variants.filter((v) => v.mimeType === 'image/webp');
          const jpeg = p.media.variants.filter((v) => v.mimeType === 'image/jpeg');
          const shown = jpeg.find((v) => v.width <= 800) ?? jpeg.at(-1);
          const largest = jpeg.at(-1) ?? shown;
          const srcset = (list: typeof webp) => list.map((v) => `${mediaUrl(v.storageKey)} ${v.width}w`).join(', ');
          return (
            <li key={p.id}>
              <figure className="rounded-lg border border-slate-200 bg-white p-3">
                <a href={largest ? mediaUrl(largest.storageKey) : mediaUrl(p.media.storageKey)}>
                  <picture>
                    {webp.length ? <source type="image/webp" srcSet={srcset(webp)} sizes="(min-width: 640px) 50vw, 100vw" /> : null}
                    <img
                      src={shown ? mediaUrl(shown.storageKey) : mediaUrl(p.media.storageKey)}
                      srcSet={jpeg.length ? srcset(jpeg) : undefined}
                      sizes="(min-width: 640px) 50vw, 100vw"
                      alt={p.media.altText ?? ''}
                      width={shown?.width ?? p.media.width ?? undefined}
                      height={shown?.height ?? p.media.height ?? undefined}
                      loading="lazy"
                      className="h-auto w-full rounded"
                    />
                  </picture>
                </a>
                {p.caption || p.media.caption ? <figcaption className="mt-2 text-slate-700">{p.caption ?? p.media.caption}</figcaption> : null}
              </figure>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
