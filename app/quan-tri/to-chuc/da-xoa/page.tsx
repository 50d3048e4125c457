import Link from 'next/link';

import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { RestoreOrganizationButton } from '@/components/workspace/organization-delete';
import { requirePermission } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { restoreOrganization } from '@/lib/organizations/actions';
import { getDeletedOrganizations } from '@/lib/organizations/queries';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import { parsePage } from '@/lib/pagination';

export const metadata = { title: 'Tổ chức đã xóa' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DeletedOrganizationsPage({ searchParams }: Props) {
  await requirePermission('organization.delete');
  const page = parsePage((await searchParams).trang);
  const result = await getDeletedOrganizations(page);

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/to-chuc', label: 'Tổ chức KTTT' }, { label: 'Tổ chức đã xóa' }]} />
      <PageTitle description="Các tổ chức đã xóa không hiện trong danh sách và trên cổng thông tin; khôi phục để đưa trở lại.">
        Tổ chức đã xóa
      </PageTitle>
      <p className="mb-3 text-slate-700">{formatNumber(result.total)} tổ chức đã xóa.</p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách tổ chức đã xóa">
          <thead>
            <tr>
              <Th>Tên tổ chức</Th>
              <Th>Loại hình</Th>
              <Th>Địa bàn</Th>
              <Th>Xóa lúc</Th>
              <Th>Khôi phục</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((o) => (
              <tr key={o.id}>
                <Td>
                  <Link href={`/quan-tri/to-chuc/${o.id}`} className="font-medium text-brand-800 hover:underline">
                    {o.name}
                  </Link>
                  {o.registrationNumber ? <span className="block text-sm text-slate-600">Số đăng ký: {o.registrationNumber}</span> : null}
                </Td>
                <Td>{ORG_KIND_LABELS[o.kind]}</Td>
                <Td>
                  {o.unit.type} {o.unit.name}
                </Td>
                <Td className="whitespace-nowrap">{o.deletedAt ? formatDateTime(o.deletedAt) : '—'}</Td>
                <Td>
                  <RestoreOrganizationButton action={restoreOrganization.bind(null, o.id)} label={<>Khôi phục<span className="sr-only"> {o.name}</span></>} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Không có tổ chức nào đã xóa." />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/to-chuc/da-xoa" />
    </>
  );
}
