import Link from 'next/link';
import { notFound } from 'next/navigation';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { ReportGrid } from '@/components/workspace/reports/report-grid';
import { scopedRoles } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { firstParam, parsePage } from '@/lib/pagination';
import { getPeriod } from '@/lib/reports/completeness';
import { refuseRepresentative } from '@/lib/reports/download';
import { saveGridRow, submitGridRows } from '@/lib/reports/grid-actions';
import { getGridRows, getGridUnitChoices, gridColumns, GRID_ROWS_PER_PAGE } from '@/lib/reports/grid-queries';
import { getUnitLabelOf, parseIdSegment, resolveReportUnit } from '@/lib/reports/unit-scope';

export const metadata = { title: 'Nhập báo cáo theo lưới' };

type Props = {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ReportGridPage({ params, searchParams }: Props) {
  const user = await requirePermission('report.submit');
  refuseRepresentative(user);
  const periodId = parseIdSegment((await params).periodId);
  const query = await searchParams;
  const period = await getPeriod(periodId);
  if (!period) notFound();
  const unitId = await resolveReportUnit(user, firstParam(query['don-vi']));
  const page = parsePage(query['trang']);
  const periodLabel = formatPeriod(period.kind, period.year);
  const base = `/quan-tri/bao-cao/${periodId}/nhap-luoi`;
  const scope = scopedRoles.includes(user.role) ? user.unitId : null;

  const crumbs = (
    <Breadcrumbs
      items={[
        { href: '/quan-tri/bao-cao', label: 'Báo cáo định kỳ' },
        { href: `/quan-tri/bao-cao/${periodId}`, label: `Kỳ ${periodLabel}` },
        { label: 'Nhập theo lưới' },
      ]}
    />
  );

  // Staff choose a unit first: a whole province on one screen would not be a usable grid.
  if (unitId == null) {
    const choices = await getGridUnitChoices(periodId, scope);
    return (
      <>
        {crumbs}
        <PageTitle description={`Kỳ ${periodLabel}, hạn nộp ${formatDate(period.deadline)}. Chọn đơn vị để nhập báo cáo của các tổ chức thuộc đơn vị đó.`}>
          Nhập báo cáo theo lưới
        </PageTitle>
        {choices.length > 0 ? (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {choices.map((c) => (
              <li key={c.id}>
                <Link href={`${base}?don-vi=${c.id}`} className="block rounded-md border border-slate-200 bg-white px-4 py-3 hover:border-brand-700">
                  <span className="font-medium text-brand-800">{c.label}</span>
                  <span className="block text-sm text-slate-600">{formatNumber(c.count)} báo cáo phải nộp</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState title="Kỳ này chưa có báo cáo phải nộp." />
        )}
      </>
    );
  }

  const [{ rows, total }, unitLabel] = await Promise.all([getGridRows(periodId, unitId, page), getUnitLabelOf(unitId)]);
  const columns = gridColumns(rows.some((r) => r.kind === 'CREDIT_FUND'));
  const pageCount = Math.max(1, Math.ceil(total / GRID_ROWS_PER_PAGE));
  const unitParam = `don-vi=${unitId}`;

  return (
    <>
      {crumbs}
      <PageTitle description={`Kỳ ${periodLabel}, hạn nộp ${formatDate(period.deadline)}. ${unitLabel}: ${formatNumber(total)} tổ chức phải báo cáo.`}>
        Nhập báo cáo theo lưới – {unitLabel}
      </PageTitle>
      <div className="mb-6 flex flex-wrap gap-3">
        <a href={`/quan-tri/bao-cao/${periodId}/mau-excel?${unitParam}`} className={buttonClasses('secondary')}>
          Tải mẫu Excel (để trống)
        </a>
        <a href={`/quan-tri/bao-cao/${periodId}/mau-excel?${unitParam}&ky-truoc=1`} className={buttonClasses('secondary')}>
          Tải mẫu Excel (điền sẵn số kỳ trước)
        </a>
        <Link href={`/quan-tri/bao-cao/${periodId}/nhap-excel`} className={buttonClasses('secondary')}>
          Nhập từ tệp Excel
        </Link>
        <Link href={`/quan-tri/bao-cao/${periodId}/tien-do?${unitParam}`} className={buttonClasses('ghost')}>
          Xem tiến độ
        </Link>
        {scope == null ? (
          <Link href={base} className={buttonClasses('ghost')}>
            Chọn đơn vị khác
          </Link>
        ) : null}
      </div>
      {rows.length > 0 ? (
        <ReportGrid key={`${unitId}-${page}`} periodId={periodId} columns={columns} rows={rows} saveRow={saveGridRow} submitRows={submitGridRows} />
      ) : (
        <EmptyState title="Đơn vị này không có báo cáo phải nộp trong kỳ." />
      )}
      <Pagination page={page} pageCount={pageCount} pathname={base} params={{ 'don-vi': String(unitId) }} />
    </>
  );
}
