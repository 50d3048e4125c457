import Link from 'next/link';

import { buttonClasses, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { InputField, SelectField } from '@/components/ui/form-fields';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatMoney, formatNumber } from '@/lib/format/number';
import { getUnitOptions } from '@/lib/organizations/queries';
import { firstParam } from '@/lib/pagination';
import { hasSupportFilters, parseSupportFilters, supportParams, supportQuery } from '@/lib/support/filters';
import { paramOptions, SUPPORT_KIND_LABELS, SUPPORT_KIND_PARAMS } from '@/lib/support/labels';
import { getSupportList } from '@/lib/support/queries';
import { currentYear } from '@/lib/plans/queries';

export const metadata = { title: 'Hoạt động hỗ trợ' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = { 'da-xoa': 'Đã xóa hoạt động hỗ trợ.' };

export default async function SupportListPage({ searchParams }: Props) {
  const user = await requirePermission('support.read');
  const query = await searchParams;
  const filters = parseSupportFilters(query);
  const [result, units] = await Promise.all([getSupportList(filters), getUnitOptions(null)]);
  const current = supportParams(filters);
  const { trang: _page, ...keep } = current;
  const notice = notices[firstParam(query['thong-bao']) ?? ''] ?? null;
  const thisYear = currentYear();
  const years = Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear + 1 - i));

  return (
    <>
      <PageTitle description="Tập huấn, hội chợ, xúc tiến thương mại, tư vấn, hạ tầng, khoa học công nghệ, OCOP… và các tổ chức được hỗ trợ.">
        Hoạt động hỗ trợ
      </PageTitle>
      <FlashNotice message={notice} />
      <div className="mb-6 flex flex-wrap gap-3">
        {roleHas(user.role, 'support.manage') ? <ButtonLink href="/quan-tri/ho-tro/moi">Thêm hoạt động</ButtonLink> : null}
        <a href={`/quan-tri/ho-tro/xuat-excel${supportQuery(filters, false)}`} className={buttonClasses('secondary')}>
          Xuất Excel danh sách đang lọc
        </a>
      </div>

      <form method="get" action="/quan-tri/ho-tro" role="search" aria-label="Lọc hoạt động hỗ trợ" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <InputField name="q" label="Tìm kiếm" type="search" defaultValue={filters.q ?? ''} hint="Tên hoạt động hoặc địa điểm." maxLength={200} />
          <SelectField name="loai" label="Loại hoạt động" placeholder="Tất cả" options={paramOptions(SUPPORT_KIND_PARAMS, SUPPORT_KIND_LABELS)} defaultValue={current.loai ?? ''} />
          <SelectField name="nam" label="Năm" placeholder="Tất cả" options={years.map((y) => ({ value: y, label: y }))} defaultValue={current.nam ?? ''} />
          <SelectField
            name="don-vi"
            label="Địa bàn"
            placeholder="Tất cả"
            options={units.map((u) => ({ value: String(u.id), label: u.label }))}
            defaultValue={current['don-vi'] ?? ''}
          />
        </div>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc danh sách
          </button>
          <Link href="/quan-tri/ho-tro" className={buttonClasses('secondary')}>
            Xóa bộ lọc
          </Link>
        </div>
      </form>

      <p className="mb-3 text-slate-700" aria-live="polite">
        {formatNumber(result.total)} hoạt động, {formatNumber(result.attendees)} lượt người tham dự.
      </p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách hoạt động hỗ trợ">
          <thead>
            <tr>
              <Th className="min-w-72">Hoạt động</Th>
              <Th>Loại</Th>
              <Th>Thời gian</Th>
              <Th>Địa điểm</Th>
              <Th className="text-right">Người tham dự</Th>
              <Th className="text-right">Tổ chức được hỗ trợ</Th>
              <Th className="text-right">Kinh phí</Th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((a) => (
              <tr key={a.id}>
                <Td>
                  <Link href={`/quan-tri/ho-tro/${a.id}`} className="font-medium text-brand-800 hover:underline">
                    {a.title}
                  </Link>
                </Td>
                <Td className="whitespace-nowrap">{SUPPORT_KIND_LABELS[a.kind]}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatDate(a.startsOn)}
                  {a.endsOn && a.endsOn.getTime() !== a.startsOn.getTime() ? ` – ${formatDate(a.endsOn)}` : ''}
                </Td>
                <Td>{a.location ?? (a.unit ? `${a.unit.type} ${a.unit.name}` : '—')}</Td>
                <Td className="text-right tabular-nums">{a.attendees ? formatNumber(a.attendees) : '—'}</Td>
                <Td className="text-right tabular-nums">{formatNumber(a._count.organizations)}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">{a.cost > 0n ? formatMoney(a.cost) : '—'}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={hasSupportFilters(filters) ? 'Không có hoạt động nào khớp với bộ lọc.' : 'Chưa có hoạt động hỗ trợ nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/ho-tro" params={keep} />
    </>
  );
}
