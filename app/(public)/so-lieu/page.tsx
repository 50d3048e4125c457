import type { Metadata } from 'next';
import { connection } from 'next/server';

import { HeadlineStats } from '@/components/site/headline-stats';
import { UnderConstruction } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { getHeadlineCounts } from '@/lib/stats/queries';

export const metadata: Metadata = { title: 'Số liệu HTX – THT' };

export default async function StatisticsPage() {
  await connection();
  const counts = await getHeadlineCounts();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Số liệu HTX – THT' }]} />
      <PageTitle description="Số liệu tổng hợp về hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân và liên hiệp hợp tác xã trên địa bàn tỉnh.">
        Số liệu HTX – THT
      </PageTitle>
      <HeadlineStats counts={counts} />
      <div className="mt-8">
        <UnderConstruction>
          Bảng số liệu chi tiết theo địa bàn, lĩnh vực và theo từng kỳ báo cáo đang được xây dựng.
        </UnderConstruction>
      </div>
    </>
  );
}
