import Link from 'next/link';
import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { DeleteMediaForm, MediaTextForm } from '@/components/workspace/media/media-forms';
import { requirePermission } from '@/lib/auth/session';
import { fileTypeLabel, formatFileSize } from '@/lib/documents/download';
import { formatDateTime } from '@/lib/format/date';
import { getMediaForEditor } from '@/lib/media/queries';
import { mediaUrl } from '@/lib/media/store';

export const metadata = { title: 'Tệp trong thư viện' };

type Props = { params: Promise<{ id: string }> };

export default async function MediaPage({ params }: Props) {
  await requirePermission('media.manage');
  const media = await getMediaForEditor(Number((await params).id));
  if (!media) notFound();
  const isImage = media.mimeType.startsWith('image/');
  const preview = media.variants.find((v) => v.mimeType === 'image/webp' && v.width <= 800) ?? media.variants[0];

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/thu-vien-media', label: 'Thư viện media' }, { label: media.fileName }]} />
      <PageTitle>{media.fileName}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          {isImage && preview ? (
            <figure className="rounded-lg border border-slate-200 bg-white p-4">
              {/* eslint-disable-next-line @next/next/no-img-element -- content-addressed web copy */}
              <img src={mediaUrl(preview.storageKey)} alt={media.altText ?? ''} width={preview.width} height={preview.height} className="h-auto max-w-full" />
              {media.caption ? <figcaption className="mt-2 text-slate-700">{media.caption}</figcaption> : null}
            </figure>
          ) : null}
          <section aria-labelledby="mo-ta" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="mo-ta" className="mb-4 text-lg font-semibold text-slate-900">
              Mô tả và chú thích
            </h2>
            <MediaTextForm mediaId={media.id} isImage={isImage} altText={media.altText ?? ''} caption={media.caption ?? ''} />
          </section>
          <section aria-labelledby="dang-dung" className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 id="dang-dung" className="mb-3 text-lg font-semibold text-slate-900">
              Đang được dùng ở
            </h2>
            {media.uses.length > 0 ? (
              <ul className="list-disc space-y-1 pl-5">
                {media.uses.map((u) => (
                  <li key={`${u.where}-${u.href}`}>
                    {u.where}:{' '}
                    <Link href={u.href} className="text-brand-800 underline">
                      {u.label}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">Chưa dùng ở đâu.</p>
            )}
          </section>
          <section aria-labelledby="xoa" className="rounded-lg border border-red-200 bg-white p-5">
            <h2 id="xoa" className="mb-3 text-lg font-semibold text-slate-900">
              Xóa tệp
            </h2>
            <p className="mb-3 text-slate-700">Chỉ xóa được tệp không còn dùng ở đâu.</p>
            <DeleteMediaForm mediaId={media.id} fileName={media.fileName} />
          </section>
        </div>
        <aside className="space-y-4">
          <dl className="rounded-lg border border-slate-200 bg-white p-5 text-slate-800 [&_dd]:mb-3 [&_dt]:font-medium [&_dt]:text-slate-600">
            <dt>Loại</dt>
            <dd>{fileTypeLabel(media.mimeType, media.fileName)}</dd>
            <dt>Dung lượng</dt>
            <dd>{formatFileSize(media.sizeBytes)}</dd>
            {media.width && media.height ? (
              <>
                <dt>Kích thước</dt>
                <dd>{`${media.width} × ${media.height} px`}</dd>
              </>
            ) : null}
            <dt>Tải lên</dt>
            <dd>
              {formatDateTime(media.createdAt)}
              {media.uploadedBy ? `, ${media.uploadedBy.name}` : ''}
            </dd>
            <dt>Địa chỉ tệp</dt>
            <dd>
              <a href={mediaUrl(media.storageKey)} className="break-all text-brand-800 underline">
                {mediaUrl(media.storageKey)}
              </a>
            </dd>
          </dl>
          {media.variants.length > 0 ? (
            <section aria-labelledby="ban-web" className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 id="ban-web" className="mb-2 font-semibold text-slate-900">
                Bản cho web
              </h2>
              <ul className="space-y-1">
                {media.variants.map((v) => (
                  <li key={v.storageKey + v.mimeType}>
                    <a href={mediaUrl(v.storageKey)} className="text-brand-800 underline">
                      {`${v.width} px, ${v.mimeType === 'image/webp' ? 'WebP' : 'JPEG'}`}
                    </a>{' '}
                    <span className="text-sm text-slate-600">({formatFileSize(v.sizeBytes)})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
