import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';

import { StatCard } from '@/components/ui/card';
import { UnderConstruction } from '@/components/ui/notice';
import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { formatNumber } from '@/lib/format/number';
import { getHeadlineCounts } from '@/lib/stats/queries';

export const metadata: Metadata = { title: 'Danh bạ hợp tác xã' };

export default async function DirectoryPage() {
  await connection();
  const { active } = await getHeadlineCounts();
  return (
    <>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Danh bạ hợp tác xã' }]} />
      <PageTitle description="Tra cứu thông tin hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và quỹ tín dụng nhân dân trên địa bàn tỉnh.">
        Danh bạ hợp tác xã
      </PageTitle>
      <UnderConstruction>
        Chức năng tra cứu từng tổ chức đang được xây dựng. Trong thời gian này, vui lòng xem{' '}
        <Link href="/so-lieu" className="text-brand-800 underline">
          số liệu tổng hợp
        </Link>
        .
      </UnderConstruction>
      <h2 className="mt-8 text-xl font-bold">Số tổ chức đang hoạt động</h2>
      <dl className="mt-4 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <StatCard label="Hợp tác xã" value={formatNumber(active.COOPERATIVE)} />
        <StatCard label="Liên hiệp hợp tác xã" value={formatNumber(active.UNION)} />
        <StatCard label="Tổ hợp tác" value={formatNumber(active.GROUP)} />
        <StatCard label="Quỹ tín dụng nhân dân" value={formatNumber(active.CREDIT_FUND)} />
      </dl>
    </>
  );
}
