import type { Metadata } from 'next';
import Link from 'next/link';

import { Breadcrumbs } from '@/components/ui/page-title';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { getPublicGallery } from '@/lib/gallery/queries';
import { mediaUrl } from '@/lib/media/store';

export const metadata: Metadata = {
  title: 'Thư viện ảnh, video',
  description: 'Ảnh hoạt động và phim tư liệu của Liên minh Hợp tác xã tỉnh và các hợp tác xã.',
  alternates: { canonical: '/thu-vien' },
};

// Cached until an album or video changes (tag `gallery`).
export default async function GalleryPage() {
  if (!(await cachedUnder(cacheTags.gallery))) return null;
  const { albums, videos } = await getPublicGallery();
  return (
    <div>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Thư viện' }]} />
      <h1 className="text-3xl font-bold text-slate-900">Thư viện ảnh, video</h1>
      <section aria-labelledby="album-anh" className="mt-6">
        <h2 id="album-anh" className="text-2xl font-bold text-slate-900">
          Album ảnh
        </h2>
        {albums.length === 0 ? (
          <p className="mt-3 text-slate-700">Chưa có album nào.</p>
        ) : (
          <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {albums.map((a) => {
              const cover = a.photos[0]?.media;
              const thumb = cover?.variants[0];
              return (
                <li key={a.slug} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
                  {thumb ? (
                    // eslint-disable-next-line @next/next/no-img-element -- content-addressed web copy, sized
                    <img src={mediaUrl(thumb.storageKey)} alt={cover.altText ?? ''} width={thumb.width} height={thumb.height} loading="lazy" className="aspect-[4/3] w-full object-cover" />
                  ) : null}
                  <div className="p-4">
                    <h3 className="text-lg font-semibold">
                      <Link href={`/thu-vien/anh/${a.slug}`} className="text-brand-800 hover:underline">
                        {a.title}
                      </Link>
                    </h3>
                    <p className="text-sm text-slate-600">
                      {formatNumber(a._count.photos)} ảnh · {formatDate(a.createdAt)}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="phim-tu-lieu" className="mt-10">
        <h2 id="phim-tu-lieu" className="text-2xl font-bold text-slate-900">
          Phim tư liệu
        </h2>
        {videos.length === 0 ? (
          <p className="mt-3 text-slate-700">Chưa có video nào.</p>
        ) : (
          <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {videos.map((v) => (
              <li key={v.slug} className="p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/thu-vien/video/${v.slug}`} className="text-brand-800 hover:underline">
                    {v.title}
                  </Link>
                </h3>
                {v.description ? <p className="text-slate-700">{v.description}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
