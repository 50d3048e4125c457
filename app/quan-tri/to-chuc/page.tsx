import Link from 'next/link';

import { buttonClasses, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td } from '@/components/ui/table';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { OrganizationFilterForm } from '@/components/workspace/organization-filters';
import { OrgStatusBadge } from '@/components/workspace/org-status-badge';
import { SortHeader } from '@/components/workspace/sort-header';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatMoney, formatNumber } from '@/lib/format/number';
import {
  filterParams,
  filterQueryString,
  hasActiveFilters,
  parseOrganizationFilters,
  type OrganizationFilters,
  type SortKey,
} from '@/lib/organizations/filters';
import { getOrganizationList, getUnitLabel, getUnitOptions, scopeOf } from '@/lib/organizations/queries';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';

export const metadata = { title: 'Tổ chức kinh tế tập thể' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = {
  'da-xoa': 'Đã xóa tổ chức. Quản trị hệ thống có thể khôi phục trong mục “Tổ chức đã xóa”.',
};

function sortHref(filters: OrganizationFilters, key: SortKey): string {
  const direction = filters.sort === key && filters.direction === 'asc' ? 'desc' : 'asc';
  return `/quan-tri/to-chuc${filterQueryString(filters, { sort: key, direction, page: 1 })}`;
}

export default async function OrganizationsPage({ searchParams }: Props) {
  const user = await requirePermission('organization.read');
  const query = await searchParams;
  const filters = parseOrganizationFilters(query);
  // A district officer sees only the organizations of their unit and the units below it.
  const scope = scopeOf(user);
  const [result, units, scopeName] = await Promise.all([
    getOrganizationList(filters, scope),
    getUnitOptions(scope),
    scope != null ? getUnitLabel(scope) : null,
  ]);
  const notice = typeof query['thong-bao'] === 'string' ? (notices[query['thong-bao']] ?? null) : null;
  const exportHref = `/quan-tri/to-chuc/xuat-excel${filterQueryString(filters, { page: 1 })}`;
  const { trang: _page, ...keep } = filterParams(filters);
  const sortable = (key: SortKey, label: string, className?: string) => (
    <SortHeader active={filters.sort === key} direction={filters.direction} href={sortHref(filters, key)} className={className}>
      {label}
    </SortHeader>
  );

  return (
    <>
      <PageTitle
        description={
          scopeName
            ? `Các tổ chức trên địa bàn ${scopeName} (phạm vi được phân công).`
            : 'Hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và quỹ tín dụng nhân dân trong tỉnh.'
        }
      >
        Tổ chức kinh tế tập thể
      </PageTitle>
      <FlashNotice message={notice} />

      <div className="mb-6 flex flex-wrap gap-3">
        {roleHas(user.role, 'organization.create') ? <ButtonLink href="/quan-tri/to-chuc/moi">Thêm tổ chức</ButtonLink> : null}
        {/* A plain link: the spreadsheet is a download, not a page to prefetch. */}
        <a href={exportHref} className={buttonClasses('secondary')}>
          Xuất Excel danh sách đang lọc
        </a>
        {roleHas(user.role, 'organization.delete') ? (
          <ButtonLink href="/quan-tri/to-chuc/da-xoa" variant="ghost">
            Tổ chức đã xóa
          </ButtonLink>
        ) : null}
      </div>

      <OrganizationFilterForm filters={filters} units={units} />

      <p className="mb-3 text-slate-700" aria-live="polite">
        {hasActiveFilters(filters) ? 'Tìm thấy ' : ''}
        {formatNumber(result.total)} tổ chức.
      </p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách tổ chức kinh tế tập thể">
          <thead>
            <tr>
              {sortable('ten', 'Tên tổ chức', 'min-w-72')}
              {sortable('loai', 'Loại hình')}
              {sortable('don-vi', 'Địa bàn')}
              {sortable('thanh-lap', 'Thành lập')}
              {sortable('von-dieu-le', 'Vốn điều lệ', 'text-right')}
              {sortable('tinh-trang', 'Tình trạng')}
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
                <Td className="whitespace-nowrap">{ORG_KIND_LABELS[o.kind]}</Td>
                <Td className="min-w-40">
                  {o.unit.type} {o.unit.name}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">{o.establishedOn ? formatDate(o.establishedOn) : '—'}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">{o.charterCapital !== null ? formatMoney(o.charterCapital) : '—'}</Td>
                <Td>
                  <OrgStatusBadge status={o.status} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={hasActiveFilters(filters) ? 'Không có tổ chức nào khớp với bộ lọc.' : 'Chưa có tổ chức nào.'}>
          {hasActiveFilters(filters) ? (
            <Link href="/quan-tri/to-chuc" className="text-brand-800 underline">
              Xóa bộ lọc để xem tất cả
            </Link>
          ) : null}
        </EmptyState>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/to-chuc" params={keep} />
    </>
  );
}
