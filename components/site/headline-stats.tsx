import { formatDate } from '@/lib/format/date';
import { formatPeriod } from '@/lib/format/labels';
import { formatArea, formatMoney, formatMoneyShort, formatNumber } from '@/lib/format/number';
import type { HeadlineCounts } from '@/lib/stats/queries';

import { StatCard } from '../ui/card';

/** The headline figures block, shared by the home page, /so-lieu and the workspace. */
export function HeadlineStats({ counts }: { counts: HeadlineCounts }) {
  const { active, period, reported } = counts;
  return (
    <div>
      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatCard label="Hợp tác xã đang hoạt động" value={formatNumber(active.COOPERATIVE)} />
        <StatCard label="Tổ hợp tác đang hoạt động" value={formatNumber(active.GROUP)} />
        <StatCard label="Quỹ tín dụng nhân dân" value={formatNumber(active.CREDIT_FUND)} />
        <StatCard label="Liên hiệp hợp tác xã" value={formatNumber(active.UNION)} />
      </dl>
      {period && reported ? (
        <>
          <dl className="mt-4 grid gap-4 sm:grid-cols-3">
            <StatCard
              label="Thành viên, tổ viên"
              value={formatNumber(reported.members)}
              detail={`HTX: ${formatNumber(reported.byKind.COOPERATIVE.members)} · THT: ${formatNumber(reported.byKind.GROUP.members)}`}
            />
            <StatCard
              label="Vốn điều lệ"
              value={formatMoneyShort(reported.charterCapital)}
              detail={formatMoney(reported.charterCapital)}
            />
            <StatCard label="Diện tích canh tác" value={formatArea(reported.landAreaHa)} />
          </dl>
          <p className="mt-3 text-sm text-slate-600">
            Số tổ chức: tình trạng hiện tại. Thành viên, vốn điều lệ, diện tích: tổng hợp từ báo cáo{' '}
            {formatPeriod(period.kind, period.year)} (đến ngày {formatDate(period.endsOn)}) của{' '}
            {formatNumber(reported.organizations)} tổ chức đang hoạt động.
          </p>
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-600">Chưa có kỳ báo cáo nào kết thúc để tổng hợp thành viên và vốn.</p>
      )}
    </div>
  );
}
