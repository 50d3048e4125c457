import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { AlbumForm } from '@/components/workspace/gallery/gallery-forms';
import { requirePermission } from '@/lib/auth/session';
import { createAlbum } from '@/lib/gallery/actions';

export const metadata = { title: 'Thêm album ảnh' };

export default async function NewAlbumPage() {
  await requirePermission('gallery.manage');
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/thu-vien', label: 'Thư viện ảnh, video' }, { label: 'Thêm album' }]} />
      <PageTitle description="Sau khi lưu, thêm ảnh vào album.">Thêm album ảnh</PageTitle>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <AlbumForm action={createAlbum} initial={{}} submitLabel="Lưu album" />
      </div>
    </>
  );
}
