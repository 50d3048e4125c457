import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { buttonClasses, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField } from '@/components/ui/form-fields';
import { PageTitle } from '@/components/ui/page-title';
import { Table, Td, Th } from '@/components/ui/table';
import { CopyTargetsForm } from '@/components/plans/copy-targets-form';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { roleHas } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatNumber } from '@/lib/format/number';
import { copyPlanTargets } from '@/lib/plans/actions';
import { PLAN_INDICATORS, isKnownIndicator } from '@/lib/plans/indicators';
import { getPlanYears, parsePlanYear } from '@/lib/plans/queries';
import { planResults } from '@/lib/plans/results';
import { parseId } from '@/lib/organizations/filters';
import { getUnitChoices } from '@/lib/organizations/queries';
import { firstParam } from '@/lib/pagination';

export const metadata = { title: 'Kế hoạch và kết quả' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = {
  'da-them': 'Đã thêm chỉ tiêu.',
  'da-luu': 'Đã lưu chỉ tiêu.',
  'da-xoa': 'Đã xóa chỉ tiêu.',
};

export default async function PlanPage({ searchParams }: Props) {
  // Leaders, staff and district officers read plans (stats.view holds every support.read role).
  const user = await requirePermission('stats.view');
  const query = await searchParams;
  const year = parsePlanYear(query.nam);
  const [years, units] = await Promise.all([getPlanYears(), getUnitChoices(null)]);
  const askedUnit = parseId(firstParam(query['don-vi']));
  const unit = units.find((u) => u.id === askedUnit) ?? null;
  const rows = await planResults(year, unit?.id ?? null);
  const manage = roleHas(user.role, 'plan.manage');
  const notice = notices[firstParam(query['thong-bao']) ?? ''] ?? null;
  const scope = unit ? unit.label : 'toàn tỉnh';
  const newHref = `/quan-tri/ke-hoach/moi?nam=${year}${unit ? `&don-vi=${unit.id}` : ''}`;

  return (
    <>
      <PageTitle description="Chỉ tiêu kế hoạch theo năm và kết quả: tính tự động từ dữ liệu (sổ đăng ký, hoạt động hỗ trợ, vay vốn, khen thưởng) hoặc nhập tay với chỉ tiêu dữ liệu không đo được.">
        Kế hoạch và kết quả năm {year}
      </PageTitle>
      <FlashNotice message={notice} />

      <form method="get" action="/quan-tri/ke-hoach" aria-label="Chọn năm và địa bàn" className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <SelectField name="nam" label="Năm" options={years.map((y) => ({ value: String(y), label: String(y) }))} defaultValue={String(year)} />
        <SelectField name="don-vi" label="Địa bàn" placeholder="Toàn tỉnh" options={units.map((u) => ({ value: String(u.id), label: u.label }))} defaultValue={unit ? String(unit.id) : ''} />
        <button type="submit" className={buttonClasses('primary')}>
          Xem
        </button>
      </form>

      {manage ? (
        <div className="mb-6 flex flex-wrap items-start gap-3">
          <ButtonLink href={newHref}>Thêm chỉ tiêu</ButtonLink>
          <CopyTargetsForm action={copyPlanTargets} year={year} unitId={unit?.id ?? null} />
        </div>
      ) : null}

      {rows.length > 0 ? (
        <Table caption={`Chỉ tiêu kế hoạch năm ${year}, ${scope}`}>
          <thead>
            <tr>
              <Th>STT</Th>
              <Th className="min-w-72">Chỉ tiêu</Th>
              <Th className="text-right">Kế hoạch</Th>
              <Th className="text-right">Kết quả</Th>
              <Th className="text-right">Đạt</Th>
              <Th>Kết quả so với kế hoạch</Th>
              <Th>Nguồn kết quả</Th>
              {manage ? <Th>Sửa</Th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <Td className="tabular-nums">{i + 1}</Td>
                <Td>
                  {r.label} <span className="text-slate-600">({r.measure})</span>
                </Td>
                <Td className="text-right tabular-nums">{formatNumber(r.target)}</Td>
                <Td className="text-right tabular-nums">{r.result === null ? '—' : formatNumber(r.result)}</Td>
                <Td className="text-right font-medium tabular-nums">{r.percent === null ? '—' : `${formatNumber(r.percent)}%`}</Td>
                <Td>{r.summary}</Td>
                <Td>
                  {r.source === 'computed' ? (
                    <>
                      <Badge tone="brand">Tính từ dữ liệu</Badge>
                      {isKnownIndicator(r.indicator) ? <span className="mt-1 block text-sm text-slate-600">{PLAN_INDICATORS[r.indicator].source}</span> : null}
                    </>
                  ) : (
                    <Badge tone="neutral">Nhập tay</Badge>
                  )}
                </Td>
                {manage ? (
                  <Td>
                    <Link href={`/quan-tri/ke-hoach/${r.id}/sua`} className="text-brand-800 underline">
                      Sửa<span className="sr-only"> chỉ tiêu {r.label}</span>
                    </Link>
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={`Chưa có chỉ tiêu kế hoạch năm ${year} cho ${scope}.`}>
          {manage ? 'Thêm chỉ tiêu, hoặc sao chép các chỉ tiêu của năm trước.' : null}
        </EmptyState>
      )}
    </>
  );
}
