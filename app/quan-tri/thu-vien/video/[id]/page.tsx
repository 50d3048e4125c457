import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { DeleteVideoForm, VideoForm } from '@/components/workspace/gallery/gallery-forms';
import { requirePermission } from '@/lib/auth/session';
import { updateVideo } from '@/lib/gallery/actions';
import { getVideoForEditor } from '@/lib/gallery/queries';

export const metadata = { title: 'Video' };

type Props = { params: Promise<{ id: string }> };

export default async function VideoAdminPage({ params }: Props) {
  await requirePermission('gallery.manage');
  const clip = await getVideoForEditor(Number((await params).id));
  if (!clip) notFound();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/thu-vien', label: 'Thư viện ảnh, video' }, { label: clip.title }]} />
      <PageTitle
        description={
          clip.published ? (
            <Link href={`/thu-vien/video/${clip.slug}`} className="text-brand-800 underline">
              Xem trang công khai
            </Link>
          ) : (
            'Chưa đăng công khai.'
          )
        }
      >
        {clip.title}
      </PageTitle>
      <div className="space-y-6">
        <div className="rounded-lg border border-slate-200 bg-white p-5">
          {clip.media ? <p className="mb-4 text-slate-700">Tệp video: {clip.media.fileName}</p> : null}
          <VideoForm
            action={updateVideo.bind(null, clip.id)}
            initial={{ title: clip.title, description: clip.description ?? '', url: clip.url ?? '', published: clip.published ? 'on' : '' }}
            submitLabel="Lưu video"
            withFile={false}
          />
        </div>
        <section aria-labelledby="xoa-video" className="rounded-lg border border-red-200 bg-white p-5">
          <h2 id="xoa-video" className="mb-3 text-lg font-semibold text-slate-900">
            Xóa video
          </h2>
          <DeleteVideoForm videoId={clip.id} title={clip.title} />
        </section>
      </div>
    </>
  );
}
