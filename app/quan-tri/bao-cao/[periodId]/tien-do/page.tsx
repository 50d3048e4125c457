import Link from 'next/link';
import { notFound } from 'next/navigation';

import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { Table, Td, Th } from '@/components/ui/table';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, formatDateTime, todayIsoInVietnam } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatArea, formatMoney, formatNumber, formatPercent } from '@/lib/format/number';
import { firstParam, parsePage } from '@/lib/pagination';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import {
  COMPLETENESS_GROUPS,
  getCompleteness,
  getCompletenessOrganizations,
  getFigureApproval,
  getPeriod,
  isPastDeadline,
  parseGroup,
  type CompletenessCounts,
  type CompletenessGroup,
  type FigureApproval,
} from '@/lib/reports/completeness';
import { reportStateLabel } from '@/lib/reports/completeness-export';
import { getParentWithinScope, getUnitLabelOf, parseIdSegment, resolveReportUnit } from '@/lib/reports/unit-scope';

export const metadata = { title: 'Tiến độ báo cáo' };

type Props = {
  params: Promise<{ periodId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function ratio(part: number, whole: number): string {
  return whole === 0 ? '—' : formatPercent(part / whole, { ratio: true });
}

/** Share of a sum as a percentage, from decimal strings (sums of BigInt money stay exact until here). */
function sumRatio(part: string, whole: string): string {
  const w = Number(whole);
  if (!Number.isFinite(w) || w === 0) return '—';
  return formatPercent(Number(part) / w, { ratio: true });
}

function figureValue(f: FigureApproval, value: string): string {
  if (f.kind === 'money') return formatMoney(value);
  if (f.kind === 'area') return formatArea(value);
  return formatNumber(value);
}

export default async function CompletenessPage({ params, searchParams }: Props) {
  const user = await requirePermission('report.monitor');
  const periodId = parseIdSegment((await params).periodId);
  const query = await searchParams;
  const period = await getPeriod(periodId);
  if (!period) notFound();
  const unitId = await resolveReportUnit(user, firstParam(query['don-vi']));
  const scope = user.role === 'DISTRICT_OFFICER' ? user.unitId : null;
  const group = parseGroup(firstParam(query['nhom']));
  const page = parsePage(query['trang']);

  const [completeness, figures, orgs, unitLabel, parent] = await Promise.all([
    getCompleteness(periodId, unitId),
    getFigureApproval(periodId, unitId),
    getCompletenessOrganizations(periodId, unitId, group, page),
    getUnitLabelOf(unitId),
    unitId != null ? getParentWithinScope(unitId, scope) : null,
  ]);
  const periodLabel = formatPeriod(period.kind, period.year);
  const overdue = isPastDeadline(period.deadline, todayIsoInVietnam());
  const base = `/quan-tri/bao-cao/${periodId}/tien-do`;
  const href = (opts: { unit?: number | null; group?: CompletenessGroup }) => {
    const s = new URLSearchParams();
    const u = opts.unit === undefined ? unitId : opts.unit;
    if (u != null) s.set('don-vi', String(u));
    const g = opts.group ?? group;
    if (g !== 'chua-nop') s.set('nhom', g);
    const q = s.toString();
    return q ? `${base}?${q}` : base;
  };
  const exportHref = `${base}/xuat-excel?${new URLSearchParams({ ...(unitId != null ? { 'don-vi': String(unitId) } : {}), nhom: group }).toString()}`;
  const scopeLabel = unitLabel ?? 'toàn tỉnh';
  const missingLabel = overdue ? 'Chưa nộp (quá hạn)' : 'Chưa nộp';

  const countCell = (n: number, unit: number | null, g: CompletenessGroup, label: string) =>
    n === 0 ? (
      <span className="text-slate-500">0</span>
    ) : (
      <Link href={`${href({ unit, group: g })}#danh-sach`} className="text-brand-800 underline-offset-2 hover:underline" aria-label={`${label}: ${formatNumber(n)} — xem danh sách`}>
        {formatNumber(n)}
      </Link>
    );
  const countRow = (c: CompletenessCounts, unit: number | null, label: string) => (
    <>
      <Td className="text-right tabular-nums">{countCell(c.expected, unit, 'du-kien', `${label}, phải nộp`)}</Td>
      <Td className="text-right tabular-nums">{countCell(c.submitted, unit, 'da-nop', `${label}, đã nộp`)}</Td>
      <Td className="text-right tabular-nums">{countCell(c.onTime, unit, 'dung-han', `${label}, đúng hạn`)}</Td>
      <Td className="text-right tabular-nums">{countCell(c.late, unit, 'tre-han', `${label}, trễ hạn`)}</Td>
      <Td className="text-right tabular-nums">{countCell(c.approved, unit, 'da-duyet', `${label}, đã duyệt`)}</Td>
      <Td className="text-right tabular-nums">{countCell(c.awaiting, unit, 'cho-duyet', `${label}, chờ duyệt`)}</Td>
      <Td className="text-right tabular-nums">{countCell(c.returned, unit, 'tra-lai', `${label}, trả lại`)}</Td>
      <Td className={`text-right tabular-nums ${overdue && c.missing > 0 ? 'font-semibold text-red-800' : ''}`}>
        {countCell(c.missing, unit, 'chua-nop', `${label}, ${missingLabel.toLowerCase()}`)}
      </Td>
      <Td className="text-right tabular-nums">{ratio(c.submitted, c.expected)}</Td>
    </>
  );
  const t = completeness.total;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/bao-cao', label: 'Báo cáo định kỳ' },
          { href: `/quan-tri/bao-cao/${periodId}`, label: `Kỳ ${periodLabel}` },
          { label: 'Tiến độ' },
        ]}
      />
      <PageTitle
        description={
          <>
            Kỳ {periodLabel}, hạn nộp {formatDate(period.deadline)}
            {overdue ? ' (đã qua hạn)' : ''}. Phạm vi: {scopeLabel}. Tổ chức đã giải thể, sáp nhập hoặc chuyển đổi trong kỳ không phải nộp.
          </>
        }
      >
        Tiến độ báo cáo {periodLabel}
      </PageTitle>

      <dl className="mb-8 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[
          ['Phải nộp', formatNumber(t.expected)],
          ['Đã nộp', `${formatNumber(t.submitted)} (${ratio(t.submitted, t.expected)})`],
          ['Đã duyệt', `${formatNumber(t.approved)} (${ratio(t.approved, t.expected)})`],
          [missingLabel, formatNumber(t.missing)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-2xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mb-3 text-xl font-bold">Theo đơn vị hành chính</h2>
      {parent ? (
        <p className="mb-3">
          <Link href={href({ unit: parent.id })} className="text-brand-800 hover:underline">
            ‹ Lên cấp trên
          </Link>
        </p>
      ) : null}
      {t.expected > 0 ? (
        <Table caption={`Tiến độ báo cáo ${periodLabel} theo đơn vị, ${scopeLabel}`}>
          <thead>
            <tr>
              <Th className="min-w-48">Đơn vị</Th>
              <Th className="text-right">Phải nộp</Th>
              <Th className="text-right">Đã nộp</Th>
              <Th className="text-right">Đúng hạn</Th>
              <Th className="text-right">Trễ hạn</Th>
              <Th className="text-right">Đã duyệt</Th>
              <Th className="text-right">Chờ duyệt</Th>
              <Th className="text-right">Trả lại</Th>
              <Th className="text-right">{missingLabel}</Th>
              <Th className="text-right">Tỷ lệ nộp</Th>
            </tr>
          </thead>
          <tbody>
            {completeness.rows.map((r) => (
              <tr key={r.unitId}>
                <Td>
                  {r.hasChildren && r.unitId !== unitId ? (
                    <Link href={href({ unit: r.unitId })} className="font-medium text-brand-800 hover:underline">
                      {r.unitLabel}
                    </Link>
                  ) : (
                    <span className="font-medium">{r.unitLabel}</span>
                  )}
                </Td>
                {countRow(r, r.unitId, r.unitLabel)}
              </tr>
            ))}
            <tr className="bg-slate-50 font-semibold">
              <Td>Tổng {unitLabel ?? 'toàn tỉnh'}</Td>
              {countRow(t, unitId, `Tổng ${scopeLabel}`)}
            </tr>
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Kỳ này chưa có báo cáo phải nộp trong phạm vi của bạn." />
      )}

      <h2 className="mt-10 mb-2 text-xl font-bold">Số liệu đã được duyệt</h2>
      <p className="mb-3 max-w-3xl text-slate-700">
        Thống kê của lãnh đạo chỉ dùng số liệu đã duyệt. Mỗi chỉ tiêu: số báo cáo đã duyệt trên số báo cáo phải có chỉ tiêu đó, và phần tổng số đã nhập nằm trong báo cáo đã duyệt.
      </p>
      <Table caption={`Mức độ số liệu đã duyệt, ${scopeLabel}`}>
        <thead>
          <tr>
            <Th>Chỉ tiêu</Th>
            <Th className="text-right">Báo cáo đã duyệt</Th>
            <Th className="text-right">Tỷ lệ báo cáo</Th>
            <Th className="text-right">Tổng đã nhập</Th>
            <Th className="text-right">Trong đó đã duyệt</Th>
            <Th className="text-right">Tỷ lệ giá trị</Th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.key}>
              <Td className="font-medium">{f.label}</Td>
              <Td className="text-right tabular-nums">
                {formatNumber(f.approved)}/{formatNumber(f.expected)}
              </Td>
              <Td className="text-right tabular-nums">{ratio(f.approved, f.expected)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{figureValue(f, f.enteredSum)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">{figureValue(f, f.approvedSum)}</Td>
              <Td className="text-right tabular-nums">{sumRatio(f.approvedSum, f.enteredSum)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>

      <h2 id="danh-sach" className="mt-10 mb-3 text-xl font-bold">
        Danh sách: {group === 'chua-nop' ? missingLabel.toLowerCase() : COMPLETENESS_GROUPS[group].toLowerCase()} – {scopeLabel}
      </h2>
      <nav aria-label="Nhóm tổ chức" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {(Object.keys(COMPLETENESS_GROUPS) as CompletenessGroup[]).map((g) => (
            <li key={g}>
              <Link
                href={`${href({ group: g })}#danh-sach`}
                aria-current={g === group ? 'page' : undefined}
                className={g === group ? buttonClasses('primary', 'px-3 py-1.5') : buttonClasses('secondary', 'px-3 py-1.5')}
              >
                {g === 'chua-nop' ? missingLabel : COMPLETENESS_GROUPS[g]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <p className="text-slate-700" aria-live="polite">
          {formatNumber(orgs.total)} tổ chức.
        </p>
        {orgs.total > 0 ? (
          <a href={exportHref} className={buttonClasses('secondary')}>
            Xuất Excel danh sách này
          </a>
        ) : null}
      </div>
      {orgs.items.length > 0 ? (
        <Table caption="Danh sách tổ chức kèm thông tin liên hệ">
          <thead>
            <tr>
              <Th className="min-w-64">Tổ chức</Th>
              <Th>Địa bàn</Th>
              <Th>Báo cáo</Th>
              <Th>Nộp lần đầu</Th>
              <Th>Người đại diện</Th>
              <Th>Liên hệ</Th>
            </tr>
          </thead>
          <tbody>
            {orgs.items.map((o) => (
              <tr key={o.reportId}>
                <Td>
                  <Link href={`/quan-tri/to-chuc/${o.organizationId}`} className="font-medium text-brand-800 hover:underline">
                    {o.name}
                  </Link>
                  <span className="block text-sm text-slate-600">
                    {ORG_KIND_LABELS[o.kind]}
                    {o.registrationNumber ? ` · Số đăng ký ${o.registrationNumber}` : ''}
                  </span>
                </Td>
                <Td>{o.unitLabel}</Td>
                <Td className="whitespace-nowrap">{o.firstSubmittedAt == null && overdue ? `${reportStateLabel(o)} – quá hạn` : reportStateLabel(o)}</Td>
                <Td className="whitespace-nowrap tabular-nums">
                  {o.firstSubmittedAt ? (
                    <>
                      {formatDateTime(o.firstSubmittedAt)}
                      <span className="block text-sm text-slate-600">{o.onTime ? 'đúng hạn' : 'trễ hạn'}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </Td>
                <Td>
                  {o.leaderName ?? '—'}
                  {o.leaderTitle ? <span className="block text-sm text-slate-600">{o.leaderTitle}</span> : null}
                </Td>
                <Td>
                  {o.phone ? (
                    <a href={`tel:${o.phone.replace(/\s/g, '')}`} className="block text-brand-800 hover:underline">
                      {o.phone}
                    </a>
                  ) : null}
                  {o.email ? (
                    <a href={`mailto:${o.email}`} className="block text-brand-800 hover:underline">
                      {o.email}
                    </a>
                  ) : null}
                  {!o.phone && !o.email ? '—' : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title="Không có tổ chức nào trong nhóm này." />
      )}
      <Pagination
        page={orgs.page}
        pageCount={orgs.pageCount}
        pathname={base}
        params={{ 'don-vi': unitId != null ? String(unitId) : undefined, nhom: group !== 'chua-nop' ? group : undefined }}
      />
    </>
  );
}
