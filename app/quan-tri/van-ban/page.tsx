import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { getDocumentsForEditors } from '@/lib/documents/queries';
import { formatDate } from '@/lib/format/date';
import { documentScopeLabels, documentTypeLabels, validityLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { parsePage } from '@/lib/pagination';

export const metadata = { title: 'Văn bản' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsAdminPage({ searchParams }: Props) {
  await requirePermission('document.manage');
  const page = parsePage((await searchParams).trang);
  const result = await getDocumentsForEditors(page);

  return (
    <>
      <PageTitle description="Văn bản Trung ương, địa phương và của đơn vị, mới ban hành trước.">Văn bản</PageTitle>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-600">{formatNumber(result.total)} văn bản.</p>
        <ButtonLink href="/quan-tri/van-ban/moi">Thêm văn bản</ButtonLink>
      </div>
      {result.items.length > 0 ? (
        <Table caption="Danh sách văn bản">
          <thead>
            <tr>
              <Th>Số hiệu</Th>
              <Th>Trích yếu</Th>
              <Th>Phạm vi</Th>
              <Th>Ngày ban hành</Th>
              <Th>Hiệu lực</Th>
              <Th>Công khai</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((d) => (
              <tr key={d.id}>
                <Td className="whitespace-nowrap">
                  <Link href={`/quan-tri/van-ban/${d.id}`} className="font-medium text-brand-800 hover:underline">
                    {d.number}
                  </Link>
                  <span className="block text-sm text-slate-600">{documentTypeLabels[d.type]}</span>
                </Td>
                <Td>
                  <span className="line-clamp-2">{d.abstract}</span>
                </Td>
                <Td>{documentScopeLabels[d.scope]}</Td>
                <Td className="whitespace-nowrap">{formatDate(d.issuedOn)}</Td>
                <Td>{validityLabels[d.validity]}</Td>
                <Td>{d.published ? <Badge tone="brand">Đang đăng</Badge> : <Badge tone="muted">Ẩn</Badge>}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Chưa có văn bản nào." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/van-ban" />
    </>
  );
}
