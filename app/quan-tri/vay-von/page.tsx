import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
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
import { hasLoanFilters, loanParams, loanQuery, parseLoanFilters } from '@/lib/loans/filters';
import { getLoanList } from '@/lib/loans/queries';
import { getUnitOptions } from '@/lib/organizations/queries';
import { firstParam } from '@/lib/pagination';
import { currentYear } from '@/lib/plans/queries';
import { LOAN_FUND_LABELS, LOAN_FUND_PARAMS, LOAN_STATUS_LABELS, LOAN_STATUS_PARAMS, paramOptions } from '@/lib/support/labels';

export const metadata = { title: 'Vay vốn' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = { 'da-them': 'Đã thêm khoản vay.', 'da-luu': 'Đã lưu khoản vay.', 'da-xoa': 'Đã xóa khoản vay.' };

export default async function LoansPage({ searchParams }: Props) {
  const user = await requirePermission('support.read');
  const query = await searchParams;
  const filters = parseLoanFilters(query);
  const [result, units] = await Promise.all([getLoanList(filters), getUnitOptions(null)]);
  const current = loanParams(filters);
  const { trang: _page, ...keep } = current;
  const manage = roleHas(user.role, 'support.manage');
  const notice = notices[firstParam(query['thong-bao']) ?? ''] ?? null;
  const thisYear = currentYear();
  const years = Array.from({ length: thisYear - 2014 }, (_, i) => String(thisYear - i));
  const { totals } = result;

  return (
    <>
      <PageTitle description="Các khoản vay của HTX từ Quỹ hỗ trợ phát triển HTX, Quỹ quốc gia về việc làm, ngân sách tỉnh…">Vay vốn</PageTitle>
      <FlashNotice message={notice} />
      <div className="mb-6 flex flex-wrap gap-3">
        {manage ? <ButtonLink href="/quan-tri/vay-von/moi">Thêm khoản vay</ButtonLink> : null}
        <a href={`/quan-tri/vay-von/xuat-excel${loanQuery(filters, false)}`} className={buttonClasses('secondary')}>
          Xuất Excel danh sách đang lọc
        </a>
      </div>
      <form method="get" action="/quan-tri/vay-von" role="search" aria-label="Lọc khoản vay" className="mb-6 rounded-lg border border-slate-200 bg-white p-5">
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-5">
          <InputField name="q" label="Tìm kiếm" type="search" defaultValue={filters.q ?? ''} hint="Tên tổ chức hoặc số hợp đồng." maxLength={200} />
          <SelectField name="quy" label="Nguồn vốn" placeholder="Tất cả" options={paramOptions(LOAN_FUND_PARAMS, LOAN_FUND_LABELS)} defaultValue={current.quy ?? ''} />
          <SelectField name="tinh-trang" label="Tình trạng" placeholder="Tất cả" options={paramOptions(LOAN_STATUS_PARAMS, LOAN_STATUS_LABELS)} defaultValue={current['tinh-trang'] ?? ''} />
          <SelectField name="nam" label="Năm giải ngân" placeholder="Tất cả" options={years.map((y) => ({ value: y, label: y }))} defaultValue={current.nam ?? ''} />
          <SelectField name="don-vi" label="Địa bàn" placeholder="Tất cả" options={units.map((u) => ({ value: String(u.id), label: u.label }))} defaultValue={current['don-vi'] ?? ''} />
        </div>
        <div className="mt-5 flex flex-wrap gap-3">
          <button type="submit" className={buttonClasses('primary')}>
            Lọc danh sách
          </button>
          <Link href="/quan-tri/vay-von" className={buttonClasses('secondary')}>
            Xóa bộ lọc
          </Link>
        </div>
      </form>

      <p className="mb-3 text-slate-700" aria-live="polite">
        {formatNumber(totals.loans)} khoản vay.
      </p>
      {result.items.length > 0 ? (
        <Table caption="Danh sách khoản vay">
          <thead>
            <tr>
              <Th className="min-w-64">Tổ chức vay</Th>
              <Th>Nguồn vốn</Th>
              <Th>Hợp đồng</Th>
              <Th className="text-right">Số tiền vay</Th>
              <Th className="text-right">Dư nợ</Th>
              <Th className="text-right">Nợ quá hạn</Th>
              <Th>Giải ngân – đáo hạn</Th>
              <Th>Tình trạng</Th>
              {manage ? <Th>Sửa</Th> : null}
            </tr>
          </thead>
          <tbody>
            {result.items.map((l) => (
              <tr key={l.id}>
                <Td>
                  <Link href={`/quan-tri/to-chuc/${l.organizationId}`} className="font-medium text-brand-800 hover:underline">
                    {l.organizationName}
                  </Link>
                  <span className="block text-sm text-slate-600">{l.unit}</span>
                </Td>
                <Td>{LOAN_FUND_LABELS[l.fund]}</Td>
                <Td>{l.contractNumber ?? '—'}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(l.principal)}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(l.outstanding)}</Td>
                <Td className="text-right whitespace-nowrap tabular-nums">{l.overdue > 0n ? formatMoney(l.overdue) : '—'}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {formatDate(l.disbursedOn)}
                  {l.maturesOn ? ` – ${formatDate(l.maturesOn)}` : ''}
                </Td>
                <Td>
                  <Badge tone={l.status === 'OVERDUE' ? 'warning' : l.status === 'REPAID' ? 'muted' : 'brand'}>{LOAN_STATUS_LABELS[l.status]}</Badge>
                </Td>
                {manage ? (
                  <Td>
                    <Link href={`/quan-tri/vay-von/${l.id}/sua`} className="text-brand-800 underline">
                      Sửa<span className="sr-only"> khoản vay của {l.organizationName}</span>
                    </Link>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="bg-slate-50 font-semibold">
              <Td>Tổng cộng ({formatNumber(totals.loans)} khoản vay)</Td>
              <Td>{''}</Td>
              <Td>{''}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(totals.principal)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(totals.outstanding)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{formatMoney(totals.overdue)}</Td>
              <Td>{''}</Td>
              <Td>{''}</Td>
              {manage ? <Td>{''}</Td> : null}
            </tr>
          </tfoot>
        </Table>
      ) : (
        <EmptyState title={hasLoanFilters(filters) ? 'Không có khoản vay nào khớp với bộ lọc.' : 'Chưa có khoản vay nào.'} />
      )}
      <Pagination page={result.page} pageCount={result.pageCount} pathname="/quan-tri/vay-von" params={keep} />
    </>
  );
}
