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
import { awardParams, awardQuery, hasAwardFilters, parseAwardFilters } from '@/lib/awards/filters';
import { getAwardList, getEmulationBlocks } from '@/lib/awards/queries';
import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { firstParam } from '@/lib/pagination';
import { currentYear } from '@/lib/plans/queries';
import { AWARD_TYPE_LABELS, AWARD_TYPE_PARAMS, paramOptions } from '@/lib/support/labels';

export const metadata = { title: 'Khen thưởng' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = { 'da-them': 'Đã thêm khen thưởng.', 'da-luu': 'Đã lưu khen thưởng.', 'da-xoa': 'Đã xóa khen thưởng.' };

export default async function AwardsPage({ searchParams }: Props) {
  const user = await requirePermission('support.read');
  const query = await searchParams;
  const filters = parseAwardFilters(query);
  const [result, blocks] = await Promise.all([getAwardList(filters), getEmulationBlocks()]);
  const current = awardParams(filters);
  const { trang: _page, ...keep } = current;
  const manage = roleHas(user.role, 'support.manage');
  const notice = notices[firstParam(query['thong-bao']) ?? ''] ?? null;
  const thisYear = currentYear();
  const years = Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear - i));

  return (
    <>
      <PageTitle description="Cờ thi đua, bằng khen, giấy khen, danh hiệu thi đua cho tập thể và cá nhân khu vực kinh tế tập thể.">Khen thưởng</PageTitle>
      <FlashNotice message={notice} />
      <div className="mb-6 flex flex-wrap gap-3">
        {manage ? <ButtonLink href="/quan-tri/khen-thuong/moi">Thêm khen thưởng</ButtonLink> : null}
        <a href={`/quan-tri/khen-thuong/xuat-excel${awardQuery(filters, false)}`} className={buttonClasses('secondary')}>
          Xuất Excel danh sách đang lọc
        </a>
      </div>
      <form method="get" action="/quan-tri/khen-thuong" role="search" aria-label="Lọc khen thưởng" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <InputField name="q" label="Tìm kiếm" type="search" defaultValue={filters.q ?? ''} hint="Người được khen thưởng, nội dung hoặc số quyết định." maxLength={200} />
          <SelectField name="nam" label="Năm" placeholder="Tất cả" options={years.map((y) => ({ value: y, label: y }))} defaultValue={current.nam ?? ''} />
          <SelectField name="loai" label="Hình thức" placeholder="Tất cả" options={paramOptions(AWARD_TYPE_PARAMS, AWARD_TYPE_LABELS)} defaultValue={current.loai ?? ''} />
          <SelectField name="khoi" label="Khối thi đua" placeholder="Tất cả" options={blocks.map((b) => ({ value: b, label: b }))} defaultValue={current.khoi ?? ''} />
        </div>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc danh sách
          </button>
          <Link href="/quan-tri/khen-thuong" className={buttonClasses('secondary')}>
            Xóa bộ lọc
          </Link>
        </div>
      </form>

      <p className="mb-3 text-slate-700" aria-live="polite">
        {formatNumber(result.total)} lượt khen thưởng.
      </p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách khen thưởng">
          <thead>
            <tr>
              <Th>Năm</Th>
              <Th>Hình thức</Th>
              <Th className="min-w-64">Người, tập thể được khen thưởng</Th>
              <Th className="min-w-64">Nội dung</Th>
              <Th>Quyết định</Th>
              {manage ? <Th>Sửa</Th> : null}
            </tr>
          </thead>
          <tbody>
            {result.items.map((w) => (
              <tr key={w.id}>
                <Td className="tabular-nums">{w.year}</Td>
                <Td className="whitespace-nowrap">{AWARD_TYPE_LABELS[w.type]}</Td>
                <Td>
                  {w.organization && !w.organization.deletedAt ? (
                    <Link href={`/quan-tri/to-chuc/${w.organization.id}`} className="font-medium text-brand-800 hover:underline">
                      {w.recipientName}
                    </Link>
                  ) : (
                    w.recipientName
                  )}
                  {w.emulationBlock ? <span className="block text-sm text-slate-600">{w.emulationBlock}</span> : null}
                </Td>
                <Td>{w.title}</Td>
                <Td className="whitespace-nowrap">
                  {w.decisionNumber}
                  {w.decisionDate ? <span className="block text-sm text-slate-600">ngày {formatDate(w.decisionDate)}</span> : null}
                  {w.issuer ? <span className="block text-sm text-slate-600">{w.issuer}</span> : null}
                </Td>
                {manage ? (
                  <Td>
                    <Link href={`/quan-tri/khen-thuong/${w.id}/sua`} className="text-brand-800 underline">
                      Sửa<span className="sr-only"> khen thưởng của {w.recipientName}</span>
                    </Link>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={hasAwardFilters(filters) ? 'Không có khen thưởng nào khớp với bộ lọc.' : 'Chưa có khen thưởng nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/khen-thuong" params={keep} />
    </>
  );
}
