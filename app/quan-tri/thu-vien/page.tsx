import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { requirePermission } from '@/lib/auth/session';
import { getGalleryForEditors } from '@/lib/gallery/queries';
import { formatNumber } from '@/lib/format/number';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Thư viện ảnh, video' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function GalleryAdminPage({ searchParams }: Props) {
  await requirePermission('gallery.manage');
  const params = await searchParams;
  const { albums, videos } = await getGalleryForEditors();
  return (
    <>
      <PageTitle
        description={
          <>
            Album ảnh và phim tư liệu, công khai tại{' '}
            <Link href="/thu-vien" className="text-brand-800 underline">
              trang Thư viện
            </Link>
            .
          </>
        }
      >
        Thư viện ảnh, video
      </PageTitle>
      <FlashNotice message={firstParam(params['thong-bao']) === 'da-xoa' ? 'Đã xóa.' : null} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="album" className="rounded-lg border border-slate-200 bg-white p-5">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="album" className="text-xl font-semibold text-slate-900">
              Album ảnh
            </h2>
            <ButtonLink href="/quan-tri/thu-vien/anh/moi">Thêm album</ButtonLink>
          </div>
          {albums.length === 0 ? (
            <p className="text-slate-600">Chưa có album nào.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {albums.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/quan-tri/thu-vien/anh/${a.id}`} className="font-medium text-brand-800 hover:underline">
                    {a.title}
                  </Link>
                  <span className="flex items-center gap-2 text-sm text-slate-600">
                    {formatNumber(a._count.photos)} ảnh {a.published ? <Badge tone="brand">Đã đăng</Badge> : <Badge tone="muted">Chưa đăng</Badge>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="video" className="rounded-lg border border-slate-200 bg-white p-5">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
            <h2 id="video" className="text-xl font-semibold text-slate-900">
              Video
            </h2>
            <ButtonLink href="/quan-tri/thu-vien/video/moi">Thêm video</ButtonLink>
          </div>
          {videos.length === 0 ? (
            <p className="text-slate-600">Chưa có video nào.</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {videos.map((v) => (
                <li key={v.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <Link href={`/quan-tri/thu-vien/video/${v.id}`} className="font-medium text-brand-800 hover:underline">
                    {v.title}
                  </Link>
                  <span className="flex items-center gap-2 text-sm text-slate-600">
                    {v.mediaId ? 'Tệp tải lên' : 'Liên kết'} {v.published ? <Badge tone="brand">Đã đăng</Badge> : <Badge tone="muted">Chưa đăng</Badge>}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
