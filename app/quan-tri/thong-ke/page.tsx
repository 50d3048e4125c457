import Link from 'next/link';
import { forbidden } from 'next/navigation';

import { GroupBarChart, SeriesChart } from '@/components/charts/stats-charts';
import { PrintButton } from '@/components/site/print-button';
import { StatCard } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Notice } from '@/components/ui/notice';
import { PageTitle } from '@/components/ui/page-title';
import { StatsFilterForm } from '@/components/stats/stats-filter-form';
import { change, count, DataTable, MetaLine, StatsSection } from '@/components/stats/stats-parts';
import { scopedRoles } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { formatArea, formatMoney, formatMoneyShort, formatNumber, formatPercent } from '@/lib/format/number';
import type { OrgKind, Sector } from '@/lib/generated/prisma/enums';
import { ORG_KIND_LABELS } from '@/lib/organizations/sectors';
import { cachedDashboardApi } from '@/lib/stats/cached';
import { loadDashboard, yearBefore } from '@/lib/stats/dashboard';
import { ratingYearFor } from '@/lib/stats/engine';
import { parseStatsParams, sectorParam, statsFilterOf, statsQueryString, type StatsParams } from '@/lib/stats/params';
import type { Figures } from '@/lib/stats/types';
import { fitUnitMode, getStatsUnits, subtreeIds, unitTrail } from '@/lib/stats/units';

export const metadata = { title: 'Thống kê' };

const PATH = '/quan-tri/thong-ke';
const KINDS: OrgKind[] = ['COOPERATIVE', 'UNION', 'GROUP', 'CREDIT_FUND'];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const halfLabel = (start: string) => `${start.slice(5, 7) === '01' ? '6 tháng đầu năm' : '6 tháng cuối năm'} ${start.slice(0, 4)}`;
const halfShort = (start: string) => `${start.slice(5, 7) === '01' ? 'I' : 'II'}/${start.slice(0, 4)}`;

export default async function StatisticsPage({ searchParams }: Props) {
  const user = await requirePermission('stats.view');
  const today = todayIsoInVietnam();
  const requested = parseStatsParams(await searchParams, today);
  const units = await getStatsUnits();

  // A district officer sees their unit (and may drill into the units below it), whatever the URL
  // says; one whose unit is gone sees nothing rather than everything.
  if (scopedRoles.includes(user.role) && user.unitId == null) forbidden();
  const scopeId = scopedRoles.includes(user.role) ? user.unitId : null;
  const scope = scopeId !== null ? subtreeIds(units, scopeId) : null;
  const unitId = scope && (requested.unitId === null || !scope.has(requested.unitId)) ? scopeId : requested.unitId;
  const fitted = fitUnitMode(units, unitId, requested.unitMode, requested.asOf, today);
  const params: StatsParams = { ...requested, unitId, unitMode: fitted.mode };
  const filter = statsFilterOf(params, today);
  const { asOf } = params;
  const year = Number(asOf.slice(0, 4));
  const before = yearBefore(asOf);
  const ratingYear = ratingYearFor(asOf);

  const { snapshot, snapshotBefore, trend, flows, bySector, byUnit, ratings, plan, credit, support } = await loadDashboard(cachedDashboardApi, { ...filter, today });

  const trail = unitId !== null ? unitTrail(units, unitId) : [];
  const unitLabel = trail.length > 0 ? trail[trail.length - 1].label : 'Toàn tỉnh';
  const href = (changes: Partial<StatsParams>) => `${PATH}${statsQueryString(params, today, changes)}`;
  // Drill-down stays inside a district officer's scope.
  const canOpen = (id: number) => scope === null || scope.has(id);
  const parentId = trail.length > 1 ? trail[trail.length - 2].id : null;
  const upHref = unitId === null || unitId === scopeId ? null : parentId !== null && canOpen(parentId) ? href({ unitId: parentId }) : scope === null ? href({ unitId: null }) : null;

  const s = snapshot.total;
  const b = snapshotBefore.total;
  const kindCard = (kind: OrgKind) => (
    <StatCard
      key={kind}
      label={ORG_KIND_LABELS[kind]}
      value={count(snapshot.byKind[kind].organizations)}
      detail={change(snapshot.byKind[kind].organizations, snapshotBefore.byKind[kind].organizations, before)}
    />
  );
  const moneyCard = (label: string, key: keyof Pick<Figures, 'charterCapital' | 'revenue'>) => (
    <StatCard label={label} value={formatMoneyShort(s[key])} detail={change(Number(s[key]) / 1e9, Number(b[key]) / 1e9, before).replace(/^([+−±][\d.,]+)/, '$1 tỷ đồng')} />
  );

  const trendTotals = trend.points.filter((p) => p.kind === null);
  const trendData = trend.dates.map((d) => {
    const row: Record<string, string | number> = { date: formatDate(d) };
    for (const k of KINDS) row[k] = trend.points.find((p) => p.date === d && p.kind === k)?.organizations ?? 0;
    return row;
  });
  const flowSeries = flows.rows.filter((r) => r.key === null);
  const ratingRows = ratings.rows.filter((r) => r.key === null);
  const supportPeriod = `từ ${formatDate(support.from)} đến ${formatDate(support.to)}`;

  return (
    <>
      <PageTitle description={scopeId !== null ? `Số liệu trên địa bàn được phân công.` : 'Số liệu kinh tế tập thể: tổ chức, thành viên, vốn, kế hoạch và hỗ trợ.'}>
        Thống kê
      </PageTitle>

      <div className="mb-4 space-y-3">
        <MetaLine meta={snapshot.meta} unitLabel={unitLabel} />
        {trail.length > 1 ? (
          <nav aria-label="Địa bàn đang xem" className="text-sm text-slate-700">
            {trail.map((u, i) => (
              <span key={u.id}>
                {i > 0 ? ' › ' : ''}
                {i < trail.length - 1 && canOpen(u.id) ? <Link href={href({ unitId: u.id })}>{u.label}</Link> : u.label}
              </span>
            ))}
          </nav>
        ) : null}
        {fitted.note ? <Notice title="Cách tính theo địa bàn">{fitted.note}</Notice> : null}
        <div className="flex flex-wrap gap-3 print:hidden">
          {upHref ? (
            <Link href={upHref} className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
              ‹ Lên địa bàn cấp trên
            </Link>
          ) : null}
          <PrintButton label="In trang thống kê" />
        </div>
      </div>

      <StatsFilterForm action={PATH} params={params} today={today} units={scope ? units.filter((u) => scope.has(u.id)) : units} allUnits={scope === null} />

      <section aria-labelledby="tong-quan" className="mt-8">
        <h2 id="tong-quan" className="text-xl font-bold text-slate-900">
          Tổng quan
        </h2>
        <p className="mt-1 text-slate-700">So sánh với cùng thời điểm năm trước ({formatDate(before)}). Thành viên, vốn, đất, lao động, doanh thu: theo báo cáo gần nhất của từng tổ chức.</p>
        <dl className="mt-4 grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {KINDS.map(kindCard)}
          <StatCard label="Thành viên, tổ viên" value={count(s.members)} detail={change(s.members, b.members, before)} />
          {moneyCard('Vốn điều lệ', 'charterCapital')}
          <StatCard label="Diện tích canh tác" value={formatArea(s.landAreaHa)} detail={change(Number(s.landAreaHa), Number(b.landAreaHa), before)} />
          <StatCard label="Lao động" value={count(s.workers)} detail={change(s.workers, b.workers, before)} />
          {moneyCard('Doanh thu (kỳ báo cáo gần nhất)', 'revenue')}
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          {count(s.organizations)} tổ chức, trong đó {count(s.reporting)} có báo cáo {snapshot.meta.includeUnapproved ? '' : 'đã duyệt '}đến ngày {formatDate(asOf)}.
        </p>
      </section>

      <StatsSection id="xu-huong" title="Xu hướng qua các năm" description="Số tổ chức tại ngày 30/6 và 31/12 của mỗi năm.">
        <SeriesChart kind="line" data={trendData} xKey="date" series={KINDS.map((k) => ({ key: k, label: ORG_KIND_LABELS[k] }))} />
        <DataTable
          caption="Số tổ chức và thành viên tại các thời điểm"
          columns={[{ header: 'Thời điểm' }, ...KINDS.map((k) => ({ header: ORG_KIND_LABELS[k], numeric: true })), { header: 'Tổng số', numeric: true }, { header: 'Thành viên', numeric: true }]}
          rows={trend.dates.map((d) => {
            const total = trendTotals.find((p) => p.date === d);
            return [
              formatDate(d),
              ...KINDS.map((k) => count(trend.points.find((p) => p.date === d && p.kind === k)?.organizations ?? 0)),
              count(total?.organizations ?? 0),
              count(total?.members ?? 0),
            ];
          })}
        />
      </StatsSection>

      <StatsSection id="thanh-lap-giai-the" title="Thành lập mới và chấm dứt hoạt động" description="Theo từng 6 tháng; chấm dứt gồm giải thể, phá sản, thu hồi giấy chứng nhận, chuyển đổi, sáp nhập.">
        <SeriesChart
          kind="bar"
          data={flowSeries.map((r) => ({ period: halfShort(r.periodStart), founded: r.founded, ended: r.ended }))}
          xKey="period"
          series={[
            { key: 'founded', label: 'Thành lập mới' },
            { key: 'ended', label: 'Chấm dứt hoạt động' },
          ]}
        />
        <DataTable
          caption="Số tổ chức thành lập mới và chấm dứt hoạt động theo kỳ"
          columns={[{ header: 'Kỳ' }, { header: 'Thành lập mới', numeric: true }, { header: 'Chấm dứt', numeric: true }, { header: 'Giải thể', numeric: true }, { header: 'Sáp nhập', numeric: true }, { header: 'Chuyển đổi', numeric: true }, { header: 'Khác', numeric: true }]}
          rows={flowSeries.map((r) => [halfLabel(r.periodStart), count(r.founded), count(r.ended), count(r.DISSOLVED), count(r.MERGED), count(r.CONVERTED), count(r.BANKRUPT + r.REVOKED)])}
          footer={['Cộng', count(flows.total.founded), count(flows.total.ended), count(flows.total.DISSOLVED), count(flows.total.MERGED), count(flows.total.CONVERTED), count(flows.total.BANKRUPT + flows.total.REVOKED)]}
        />
      </StatsSection>

      <StatsSection id="theo-linh-vuc" title="Theo lĩnh vực" description="Chọn một lĩnh vực (trên biểu đồ hoặc trong bảng) để xem riêng lĩnh vực đó.">
        {bySector.rows.length === 0 ? (
          <EmptyState title="Không có tổ chức nào">Không có tổ chức nào phù hợp với bộ lọc vào ngày này.</EmptyState>
        ) : (
          <>
            <GroupBarChart data={bySector.rows.map((r) => ({ label: r.label, value: r.organizations, href: href({ sector: r.key as Sector, sectorGroup: null }) }))} valueLabel="Số tổ chức" />
            <FiguresTable caption="Số tổ chức, thành viên và vốn theo lĩnh vực" first="Lĩnh vực" rows={bySector.rows.map((r) => ({ name: sectorParam(r.key as Sector) ? <Link href={href({ sector: r.key as Sector, sectorGroup: null })}>{r.label}</Link> : r.label, f: r }))} total={bySector.total} />
          </>
        )}
      </StatsSection>

      <StatsSection id="theo-dia-ban" title="Theo địa bàn" description={`Các đơn vị trực thuộc ${unitLabel.toLowerCase() === 'toàn tỉnh' ? 'tỉnh' : unitLabel}; chọn một đơn vị để xem chi tiết.`}>
        {byUnit.rows.length === 0 ? (
          <EmptyState title="Không có tổ chức nào">Không có tổ chức nào trên địa bàn này vào ngày đã chọn.</EmptyState>
        ) : (
          <>
            <GroupBarChart data={byUnit.rows.map((r) => ({ label: r.label, value: r.organizations, href: Number(r.key) !== unitId && canOpen(Number(r.key)) ? href({ unitId: Number(r.key) }) : undefined }))} valueLabel="Số tổ chức" />
            <FiguresTable
              caption="Số tổ chức, thành viên và vốn theo địa bàn"
              first="Địa bàn"
              rows={byUnit.rows.map((r) => ({ name: Number(r.key) !== unitId && canOpen(Number(r.key)) ? <Link href={href({ unitId: Number(r.key) })}>{r.label}</Link> : r.label, f: r }))}
              total={byUnit.total}
            />
          </>
        )}
      </StatsSection>

      <StatsSection id="xep-loai" title={`Kết quả đánh giá, xếp loại năm ${ratingYear}`} description={`Các tổ chức có vào ngày ${formatDate(ratings.meta.asOf)}, theo kết quả xếp loại năm ${ratingYear}${ratings.meta.includeUnapproved ? ' (gồm cả kết quả chưa được duyệt)' : ' đã được duyệt'}.`}>
        <GroupBarChart data={ratingRows.map((r) => ({ label: r.label, value: r.organizations }))} valueLabel="Số tổ chức" />
        <DataTable
          caption={`Số tổ chức theo xếp loại năm ${ratingYear}`}
          columns={[{ header: 'Xếp loại' }, { header: 'Số tổ chức', numeric: true }, { header: 'Tỷ lệ', numeric: true }]}
          rows={ratingRows.map((r) => [r.label, count(r.organizations), ratings.total ? formatPercent((r.organizations / ratings.total) * 100) : '—'])}
          footer={['Cộng', count(ratings.total), '100%']}
        />
      </StatsSection>

      <StatsSection id="ke-hoach" title={`Kế hoạch và kết quả thực hiện năm ${year}`} description={`Kết quả đến ngày ${formatDate(plan.asOf)}: chỉ tiêu đo được từ dữ liệu (thành lập mới, tập huấn, thành viên Liên minh, OCOP) được tính tự động; chỉ tiêu khác theo số liệu cán bộ nhập.`}>
        {plan.rows.length === 0 ? (
          <EmptyState title="Chưa có chỉ tiêu kế hoạch">Chưa có chỉ tiêu kế hoạch năm {year} cho {unitLabel.toLowerCase() === 'toàn tỉnh' ? 'toàn tỉnh' : unitLabel}.</EmptyState>
        ) : (
          <>
            <GroupBarChart data={plan.rows.map((r) => ({ label: r.label.length > 40 ? `${r.label.slice(0, 38)}…` : r.label, value: r.percent ?? 0 }))} valueLabel="% kế hoạch" />
            <DataTable
              caption={`Kế hoạch và kết quả năm ${year}`}
              columns={[{ header: 'Chỉ tiêu' }, { header: 'Đơn vị tính' }, { header: 'Kế hoạch', numeric: true }, { header: 'Thực hiện', numeric: true }, { header: 'Đạt', numeric: true }, { header: 'Nguồn số liệu' }]}
              rows={plan.rows.map((r) => [r.label, r.measure, formatNumber(r.target), r.result === null ? 'Chưa có' : formatNumber(r.result), r.percent === null ? '—' : formatPercent(r.percent), r.source === 'computed' ? 'Tính từ dữ liệu' : 'Cán bộ nhập'])}
            />
          </>
        )}
      </StatsSection>

      <StatsSection id="quy-tin-dung" title="Quỹ tín dụng nhân dân" description="Theo báo cáo gần nhất của từng quỹ; tỷ lệ nợ xấu bình quân theo dư nợ (không áp dụng bộ lọc loại hình, lĩnh vực).">
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <StatCard label="Số quỹ" value={count(credit.total.organizations)} />
          <StatCard label="Tiền gửi" value={formatMoneyShort(credit.total.deposits)} />
          <StatCard label="Dư nợ cho vay" value={formatMoneyShort(credit.total.loansOutstanding)} />
          <StatCard label="Tỷ lệ nợ xấu" value={credit.total.badDebtRatio === null ? '—' : formatPercent(Number(credit.total.badDebtRatio), { fractionDigits: 2 })} />
        </dl>
        {credit.rows.length > 0 ? (
          <DataTable
            caption="Quỹ tín dụng nhân dân theo địa bàn"
            columns={[{ header: 'Địa bàn' }, { header: 'Số quỹ', numeric: true }, { header: 'Thành viên', numeric: true }, { header: 'Vốn hoạt động (đồng)', numeric: true }, { header: 'Tiền gửi (đồng)', numeric: true }, { header: 'Dư nợ (đồng)', numeric: true }, { header: 'Nợ xấu', numeric: true }]}
            rows={credit.rows.map((r) => [r.label, count(r.organizations), count(r.members), formatNumber(r.operatingCapital), formatNumber(r.deposits), formatNumber(r.loansOutstanding), r.badDebtRatio === null ? '—' : formatPercent(Number(r.badDebtRatio), { fractionDigits: 2 })])}
          />
        ) : null}
      </StatsSection>

      <StatsSection id="ho-tro" title={`Hỗ trợ kinh tế tập thể năm ${year}`} description={`Hoạt động ${supportPeriod}; dư nợ vay các quỹ là số dư hiện tại của các khoản vay còn hiệu lực vào ngày ${formatDate(asOf)}.`}>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          <StatCard label="Lớp tập huấn" value={formatNumber(support.totals.trainings)} />
          <StatCard label="Lượt người tham dự" value={formatNumber(support.totals.attendees)} />
          <StatCard label="Dư nợ vay các quỹ" value={formatMoneyShort(support.totals.outstanding)} />
          <StatCard label="Nợ quá hạn" value={formatMoneyShort(support.totals.overdue)} />
        </dl>
        <DataTable
          caption={`Hoạt động hỗ trợ ${supportPeriod}`}
          columns={[{ header: 'Hoạt động' }, { header: 'Số hoạt động', numeric: true }, { header: 'Người tham dự', numeric: true }, { header: 'Tổ chức được hỗ trợ', numeric: true }, { header: 'Kinh phí (đồng)', numeric: true }]}
          rows={support.activities.map((a) => [a.label, formatNumber(a.activities), formatNumber(a.attendees), formatNumber(a.organizations), formatNumber(a.cost)])}
        />
        <DataTable
          caption="Vay vốn các quỹ"
          columns={[{ header: 'Quỹ' }, { header: 'Giải ngân trong năm', numeric: true }, { header: 'Số tiền giải ngân (đồng)', numeric: true }, { header: 'Khoản vay còn dư nợ', numeric: true }, { header: 'Dư nợ (đồng)', numeric: true }, { header: 'Nợ quá hạn (đồng)', numeric: true }]}
          rows={support.loans.map((l) => [l.label, formatNumber(l.disbursedLoans), formatNumber(l.disbursedPrincipal), formatNumber(l.runningLoans), formatNumber(l.outstanding), formatNumber(l.overdue)])}
        />
      </StatsSection>

      <p className="mt-8 text-sm text-slate-600">
        Tính lúc {formatDate(snapshot.meta.computedAt)} {new Date(snapshot.meta.computedAt).toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' })}; số liệu được tính lại ngay khi dữ liệu thay đổi.
        Tổ chức được tính khi đã thành lập và chưa chấm dứt hoạt động vào ngày tính (vốn điều lệ toàn bộ: {formatMoney(s.charterCapital)}).
      </p>
    </>
  );
}

function FiguresTable({ caption, first, rows, total }: { caption: string; first: string; rows: { name: React.ReactNode; f: Figures }[]; total: Figures }) {
  const cells = (f: Figures) => [count(f.organizations), count(f.members), count(f.workers), formatNumber(f.charterCapital), formatArea(f.landAreaHa)];
  return (
    <DataTable
      caption={caption}
      columns={[{ header: first }, { header: 'Số tổ chức', numeric: true }, { header: 'Thành viên', numeric: true }, { header: 'Lao động', numeric: true }, { header: 'Vốn điều lệ (đồng)', numeric: true }, { header: 'Diện tích', numeric: true }]}
      rows={rows.map((r) => [r.name, ...cells(r.f)])}
      footer={['Cộng', ...cells(total)]}
    />
  );
}
