import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { firstParam } from '@/lib/pagination';
import { unitOptionGroups } from '@/lib/units/options';
import { getUnitOptions } from '@/lib/units/queries';

import { MergeForm } from './merge-form';

export const metadata = { title: 'Ghi nhận sáp nhập đơn vị' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MergeUnitsPage({ searchParams }: Props) {
  await requirePermission('unit.manage');
  const from = firstParam((await searchParams).tu);
  const units = await getUnitOptions();
  const preselected = from && /^\d{1,9}$/.test(from) && units.some((u) => u.id === Number(from)) ? Number(from) : null;
  const groups = unitOptionGroups(units);
  const parents = unitOptionGroups(units.filter((u) => u.level !== 'COMMUNE'));

  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/don-vi', label: 'Đơn vị hành chính' }, { label: 'Ghi nhận sáp nhập' }]} />
      <PageTitle description="Nhiều đơn vị cũ hợp thành một đơn vị mới từ một ngày. Đơn vị cũ đóng lại nhưng giữ nguyên lịch sử; bảng kế thừa cho phép cộng dồn số liệu cũ theo đơn vị mới.">
        Ghi nhận sáp nhập đơn vị
      </PageTitle>
      <MergeForm candidates={groups} successors={groups} parents={parents} preselected={preselected} />
    </>
  );
}
