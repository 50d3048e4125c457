import { HeadlineStats } from '@/components/site/headline-stats';
import { UnderConstruction } from '@/components/ui/notice';
import { PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { getHeadlineCounts } from '@/lib/stats/queries';
import { getUnitName } from '@/lib/workspace/queries';

export const metadata = { title: 'Thống kê' };

export default async function StatisticsAdminPage() {
  const user = await requirePermission('stats.view');
  const withinUnitId = user.role === 'DISTRICT_OFFICER' && user.unitId != null ? user.unitId : undefined;
  const [counts, unitName] = await Promise.all([
    getHeadlineCounts({ withinUnitId }),
    withinUnitId !== undefined ? getUnitName(withinUnitId) : null,
  ]);

  return (
    <>
      <PageTitle description={unitName ? `Số liệu trên địa bàn ${unitName}.` : 'Số liệu kinh tế tập thể toàn tỉnh.'}>
        Thống kê
      </PageTitle>
      <HeadlineStats counts={counts} />
      <div className="mt-8">
        <UnderConstruction>
          Biểu đồ xu hướng, so sánh kế hoạch – thực hiện và báo cáo sơ kết 6 tháng, tổng kết năm đang được xây dựng.
        </UnderConstruction>
      </div>
    </>
  );
}
