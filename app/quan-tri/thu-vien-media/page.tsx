import Link from 'next/link';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { InputField, SelectField } from '@/components/workspace/form-fields';
import { UploadMediaForm } from '@/components/workspace/media/media-forms';
import { requirePermission } from '@/lib/auth/session';
import { fileTypeLabel, formatFileSize } from '@/lib/documents/download';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { type MediaKind, mediaKindLabels, mediaKindParams } from '@/lib/media/kinds';
import { getMediaLibrary, parseMediaFilters } from '@/lib/media/queries';
import { mediaUrl } from '@/lib/media/store';

export const metadata = { title: 'Thư viện media' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MediaLibraryPage({ searchParams }: Props) {
  await requirePermission('media.manage');
  const params = await searchParams;
  const filters = parseMediaFilters(params);
  const result = await getMediaLibrary(filters);
  const query = { q: filters.q, loai: filters.kind ? mediaKindParams[filters.kind] : undefined };

  return (
    <>
      <PageTitle description="Ảnh và tệp dùng trong tin bài, văn bản và các trang: tải lên, mô tả, xóa tệp không còn dùng.">Thư viện media</PageTitle>
      <FlashNotice message={params['da-xoa'] ? 'Đã xóa tệp.' : null} />
      <UploadMediaForm />

      <form method="get" role="search" aria-label="Tìm trong thư viện" className="my-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4">
        <InputField className="min-w-64 flex-1" label="Tìm theo tên tệp, mô tả, chú thích" name="q" type="search" defaultValue={filters.q ?? ''} />
        <SelectField
          label="Loại"
          name="loai"
          placeholder="Tất cả"
          defaultValue={query.loai ?? ''}
          options={(Object.keys(mediaKindLabels) as MediaKind[]).map((k) => ({ value: mediaKindParams[k], label: mediaKindLabels[k] }))}
        />
        <button type="submit" className={buttonClasses('primary')}>
          Lọc
        </button>
        {filters.q || filters.kind ? (
          <Link href="/quan-tri/thu-vien-media" className={buttonClasses('secondary')}>
            Bỏ lọc
          </Link>
        ) : null}
      </form>

      <p className="mb-3 text-slate-600">{formatNumber(result.total)} tệp.</p>
      {result.items.length > 0 ? (
        <Table caption="Các tệp trong thư viện">
          <thead>
            <tr>
              <Th>Xem trước</Th>
              <Th>Tệp</Th>
              <Th>Loại, dung lượng</Th>
              <Th>Tải lên</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((m) => {
              const thumb = m.variants[0];
              return (
                <tr key={m.id}>
                  <Td className="w-28">
                    {thumb ? (
                      // eslint-disable-next-line @next/next/no-img-element -- content-addressed web copies, already sized
                      <img src={mediaUrl(thumb.storageKey)} alt={m.altText ?? ''} width={96} height={Math.round((96 * thumb.height) / thumb.width)} loading="lazy" className="h-auto w-24 rounded border border-slate-200" />
                    ) : (
                      <span className="inline-block rounded bg-slate-100 px-2 py-1 text-sm font-semibold text-slate-700">{fileTypeLabel(m.mimeType, m.fileName)}</span>
                    )}
                  </Td>
                  <Td>
                    <Link href={`/quan-tri/thu-vien-media/${m.id}`} className="font-medium break-all text-brand-800 hover:underline">
                      {m.fileName}
                    </Link>
                    {m.altText ? <span className="block text-sm text-slate-600">{m.altText}</span> : null}
                  </Td>
                  <Td className="whitespace-nowrap">
                    {fileTypeLabel(m.mimeType, m.fileName)}, {formatFileSize(m.sizeBytes)}
                    {m.width && m.height ? <span className="block text-sm text-slate-600">{`${m.width} × ${m.height} px`}</span> : null}
                  </Td>
                  <Td className="whitespace-nowrap">
                    {formatDate(m.createdAt)}
                    {m.uploadedBy ? <span className="block text-sm text-slate-600">{m.uploadedBy.name}</span> : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={filters.q || filters.kind ? 'Không có tệp nào khớp bộ lọc.' : 'Thư viện chưa có tệp nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/thu-vien-media" params={query} />
    </>
  );
}
