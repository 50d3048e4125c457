import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { requirePermission } from '@/lib/auth/session';
import { unitOptionGroups } from '@/lib/units/options';
import { getUnitOptions } from '@/lib/units/queries';

import { UnitCreateForm } from '../unit-create-form';

export const metadata = { title: 'Thêm đơn vị hành chính' };

export default async function NewUnitPage() {
  await requirePermission('unit.manage');
  // Parents: units that are not communes (a commune has no sub-units).
  const parents = (await getUnitOptions()).filter((u) => u.level !== 'COMMUNE');
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/don-vi', label: 'Đơn vị hành chính' }, { label: 'Thêm đơn vị' }]} />
      <PageTitle description="Đơn vị mới thành lập (không do sáp nhập). Để ghi nhận một cuộc sáp nhập, dùng “Ghi nhận sáp nhập”.">
        Thêm đơn vị hành chính
      </PageTitle>
      <UnitCreateForm parents={unitOptionGroups(parents)} />
    </>
  );
}
