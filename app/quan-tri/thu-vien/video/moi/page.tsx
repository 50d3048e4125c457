import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { VideoForm } from '@/components/workspace/gallery/gallery-forms';
import { requirePermission } from '@/lib/auth/session';
import { createVideo } from '@/lib/gallery/actions';

export const metadata = { title: 'Thêm video' };

export default async function NewVideoPage() {
  await requirePermission('gallery.manage');
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/thu-vien', label: 'Thư viện ảnh, video' }, { label: 'Thêm video' }]} />
      <PageTitle description="Dán liên kết tới trang xem video, hoặc tải lên một tệp video ngắn.">Thêm video</PageTitle>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <VideoForm action={createVideo} initial={{}} submitLabel="Lưu video" withFile />
      </div>
    </>
  );
}
