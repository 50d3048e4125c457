import Link from 'next/link';
import { notFound } from 'next/navigation';

import { BulkApproveForm } from '@/components/reports/bulk-approve-form';
import { ReportStateBadge } from '@/components/reports/state-badge';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { InputField, SelectField } from '@/components/workspace/form-fields';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { formatPeriod, submissionStateLabels } from '@/lib/format/labels';
import { formatNumber } from '@/lib/format/number';
import { parseId } from '@/lib/organizations/filters';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import { bulkApproveAction } from '@/lib/reports/actions';
import { getPeriod, getPeriodReports, NOT_ENTERED, parseReportFilters } from '@/lib/reports/queries';

export const metadata = { title: 'Báo cáo của kỳ' };

type Props = { params: Promise<{ periodId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const stateOptions = [{ value: NOT_ENTERED, label: 'Chưa nhập' }, ...Object.entries(submissionStateLabels).map(([value, label]) => ({ value, label }))];
const kindOptions = Object.entries(ORG_KIND_LABELS).map(([value, label]) => ({ value, label }));

export default async function PeriodReportsPage({ params, searchParams }: Props) {
  const user = await requirePermission('report.monitor');
  const { periodId } = await params;
  const id = parseId(periodId);
  const period = id ? await getPeriod(id) : null;
  if (!period || !period.openedAt) notFound();
  const filters = parseReportFilters(await searchParams);
  const result = await getPeriodReports(period.id, user, filters);
  const reviewer = roleHas(user.role, 'report.approve');
  const filterParams = {
    'trang-thai': filters.state,
    'don-vi': filters.unitId ? String(filters.unitId) : undefined,
    loai: filters.kind,
    q: filters.q,
  };
  const filtered = Object.values(filterParams).some(Boolean);
  const name = formatPeriod(period.kind, period.year);
  const path = `/quan-tri/bao-cao/${period.id}`;
  const anySubmitted = result.items.some((r) => r.state === 'SUBMITTED');

  const empty = <EmptyState title={filtered ? 'Không có báo cáo nào phù hợp với bộ lọc.' : 'Kỳ này chưa có báo cáo nào trong phạm vi của bạn.'} />;
  const table = (
    <Table caption={`Báo cáo kỳ ${name}`}>
      <thead>
        <tr>
          {reviewer ? <Th className="w-12">Chọn</Th> : null}
          <Th>Tổ chức</Th>
          <Th>Đơn vị</Th>
          <Th>Trạng thái</Th>
          <Th>Gửi lần đầu</Th>
          <Th>Xem xét</Th>
        </tr>
      </thead>
      <tbody>
        {result.items.map((r) => (
          <tr key={r.id}>
            {reviewer ? (
              <Td>
                {r.state === 'SUBMITTED' ? (
                  <input type="checkbox" name="ids" value={r.id} aria-label={`Chọn báo cáo của ${r.organization.name}`} className="h-5 w-5 accent-brand-700" />
                ) : null}
              </Td>
            ) : null}
            <Td>
              <Link href={`${path}/${r.organization.id}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                {r.organization.name}
              </Link>
              <span className="block text-sm text-slate-600">
                {ORG_KIND_LABELS[r.organization.kind]}
                {r.nilReport ? ' · báo cáo không phát sinh' : ''}
                {Array.isArray(r.warnings) && r.warnings.length > 0 ? ` · ${r.warnings.length} cảnh báo` : ''}
              </span>
            </Td>
            <Td>{`${r.unit.type} ${r.unit.name}`}</Td>
            <Td>
              <ReportStateBadge state={r.state} entered={r.enteredAt != null} />
              {r.state === 'RETURNED' && r.returnReason ? <span className="mt-1 block text-sm text-slate-700">{r.returnReason}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">
              {r.firstSubmittedAt ? (
                <>
                  {formatDateTime(r.firstSubmittedAt)}
                  {r.firstSubmittedAt.getTime() > period.deadline.getTime() + 86_400_000 ? <span className="block text-sm text-amber-800">Nộp muộn</span> : null}
                </>
              ) : (
                '—'
              )}
            </Td>
            <Td className="whitespace-nowrap">{r.reviewedAt ? formatDateTime(r.reviewedAt) : '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/bao-cao', label: 'Báo cáo định kỳ' }, { label: `Kỳ ${name}` }]} />
      <PageTitle description={`Từ ${formatDate(period.startsOn)} đến ${formatDate(period.endsOn)}, hạn nộp ${formatDate(period.deadline)}.`}>
        Báo cáo kỳ {name}
      </PageTitle>

      <nav aria-label="Công việc của kỳ" className="mb-6 flex flex-wrap gap-3">
        <Link href={`${path}/tien-do`} className={buttonClasses('secondary')}>
          Tiến độ nộp báo cáo
        </Link>
        {roleHas(user.role, 'report.submit') ? (
          <>
            <Link href={`${path}/nhap-luoi`} className={buttonClasses('secondary')}>
              Nhập theo bảng
            </Link>
            <Link href={`${path}/nhap-excel`} className={buttonClasses('secondary')}>
              Nhập từ Excel
            </Link>
          </>
        ) : null}
        <a href={`${path}/xuat-excel`} className={buttonClasses('secondary')}>
          Xuất Excel
        </a>
      </nav>

      <form method="get" role="search" aria-label="Lọc báo cáo" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          <InputField label="Tên tổ chức" name="q" type="search" defaultValue={filters.q ?? ''} />
          <SelectField label="Trạng thái" name="trang-thai" defaultValue={filters.state ?? ''} placeholder="Tất cả" options={stateOptions} />
          <SelectField
            label="Đơn vị"
            name="don-vi"
            defaultValue={filters.unitId ? String(filters.unitId) : ''}
            placeholder="Tất cả đơn vị"
            options={result.units.map((u) => ({ value: String(u.id), label: `${u.type} ${u.name}` }))}
          />
          <SelectField label="Loại hình" name="loai" defaultValue={filters.kind ?? ''} placeholder="Tất cả loại hình" options={kindOptions} />
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc
          </button>
          {filtered ? (
            <Link href={path} className={buttonClasses('secondary')}>
              Xóa bộ lọc
            </Link>
          ) : null}
        </div>
      </form>

      <p className="mb-3 text-slate-600">
        {formatNumber(result.total)} báo cáo{filtered ? ' phù hợp' : ''}.
      </p>
      {reviewer ? (
        // Kept mounted while its rows change, so "Đã duyệt N báo cáo." stays once the list empties.
        <BulkApproveForm action={bulkApproveAction.bind(null, period.id)} canApprove={anySubmitted}>
          {result.items.length === 0 ? empty : table}
        </BulkApproveForm>
      ) : result.items.length === 0 ? (
        empty
      ) : (
        table
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname={path} params={filterParams} />
    </>
  );
}
