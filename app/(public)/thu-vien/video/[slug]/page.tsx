import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { formatDate } from '@/lib/format/date';
import { getPublicVideo } from '@/lib/gallery/queries';
import { youtubeId } from '@/lib/gallery/schema';
import { mediaUrl } from '@/lib/media/store';

type Props = { params: Promise<{ slug: string }> };

const loadVideo = cache(getPublicVideo);

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const clip = await loadVideo((await params).slug);
  return clip ? { title: clip.title, description: clip.description ?? undefined } : {};
}

// Cached until an album or video changes (tag `gallery`).
export default async function VideoPage({ params }: Props) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) notFound();
  if (!(await cachedUnder(cacheTags.gallery))) return null;
  const clip = await loadVideo(slug);
  if (!clip) notFound();
  const youtube = clip.url ? youtubeId(clip.url) : null;
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { href: '/thu-vien', label: 'Thư viện' }, { label: clip.title }]} />
      <h1 className="text-3xl font-bold text-slate-900">{clip.title}</h1>
      <p className="mt-1 text-sm text-slate-600">{formatDate(clip.createdAt)}</p>
      <div className="mt-5">
        {clip.media ? (
          <video controls preload="metadata" className="w-full rounded-lg bg-black">
            <source src={mediaUrl(clip.media.storageKey)} type={clip.media.mimeType} />
            Trình duyệt không phát được video; <a href={mediaUrl(clip.media.storageKey)}>tải tệp video về</a>.
          </video>
        ) : youtube ? (
          <div className="aspect-video">
            <iframe
              src={`https://www.youtube-nocookie.com/embed/${youtube}`}
              title={clip.title}
              className="h-full w-full rounded-lg"
              allow="encrypted-media; picture-in-picture"
              allowFullScreen
              loading="lazy"
            />
          </div>
        ) : null}
        {clip.url ? (
          <p className="mt-3">
            <a href={clip.url} rel="noopener noreferrer" className="font-medium text-brand-800 underline">
              Xem video tại trang gốc
            </a>
          </p>
        ) : null}
      </div>
      {clip.description ? <p className="mt-4 text-lg whitespace-pre-line text-slate-800">{clip.description}</p> : null}
    </div>
  );
}
