import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { AddPhotoForm, AlbumForm, DeleteAlbumForm, RemovePhotoForm } from '@/components/workspace/gallery/gallery-forms';
import { requirePermission } from '@/lib/auth/session';
import { updateAlbum } from '@/lib/gallery/actions';
import { getAlbumForEditor } from '@/lib/gallery/queries';
import { mediaUrl } from '@/lib/media/store';

export const metadata = { title: 'Album ảnh' };

type Props = { params: Promise<{ id: string }> };

export default async function AlbumAdminPage({ params }: Props) {
  await requirePermission('gallery.manage');
  const album = await getAlbumForEditor(Number((await params).id));
  if (!album) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/thu-vien', label: 'Thư viện ảnh, video' }, { label: album.title }]} />
      <PageTitle
        description={
          album.published ? (
            <Link href={`/thu-vien/anh/${album.slug}`} className="text-brand-800 underline">
              Xem trang công khai
            </Link>
          ) : (
            'Chưa đăng công khai.'
          )
        }
      >
        {album.title}
      </PageTitle>
      <div className="space-y-6">
        <section aria-labelledby="anh" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="anh" className="mb-3 text-xl font-semibold text-slate-900">
            Ảnh trong album
          </h2>
          {album.photos.length === 0 ? (
            <p className="text-slate-600">Chưa có ảnh nào.</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {album.photos.map((p) => {
                const thumb = p.media.variants[0];
                return (
                  <li key={p.id} className="space-y-2 rounded-md border border-slate-200 p-3">
                    {thumb ? (
                      // eslint-disable-next-line @next/next/no-img-element -- content-addressed web copy
                      <img src={mediaUrl(thumb.storageKey)} alt={p.media.altText ?? ''} width={thumb.width} height={thumb.height} loading="lazy" className="h-auto w-full rounded" />
                    ) : null}
                    <p className="text-sm text-slate-700">{p.caption ?? p.media.altText}</p>
                    <RemovePhotoForm albumId={album.id} photoId={p.id} label={p.media.fileName} />
                  </li>
                );
              })}
            </ul>
          )}
          <div className="mt-6">
            <h3 className="mb-3 font-semibold text-slate-900">Thêm ảnh</h3>
            <AddPhotoForm albumId={album.id} />
          </div>
        </section>
        <section aria-labelledby="thong-tin" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="thong-tin" className="mb-3 text-xl font-semibold text-slate-900">
            Thông tin album
          </h2>
          <AlbumForm
            action={updateAlbum.bind(null, album.id)}
            initial={{ title: album.title, description: album.description ?? '', published: album.published ? 'on' : '' }}
            submitLabel="Lưu album"
          />
        </section>
        <section aria-labelledby="xoa-album" className="rounded-lg border border-red-200 bg-white p-5">
          <h2 id="xoa-album" className="mb-3 text-lg font-semibold text-slate-900">
            Xóa album
          </h2>
          <DeleteAlbumForm albumId={album.id} title={album.title} />
        </section>
      </div>
    </>
  );
}
