import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { roleLabels } from '@/lib/auth/permissions';
import { requirePermission } from '@/lib/auth/session';
import { unitOptionGroups } from '@/lib/units/options';
import { getUnitOptions } from '@/lib/units/queries';

import { UserCreateForm } from '../user-create-form';

export const metadata = { title: 'Thêm người dùng' };

export default async function NewUserPage() {
  await requirePermission('user.manage');
  const units = await getUnitOptions();
  // Representatives are created from their organization's page, tied to it.
  const roles = Object.entries(roleLabels)
    .filter(([value]) => value !== 'ORG_REPRESENTATIVE')
    .map(([value, label]) => ({ value, label }));
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/nguoi-dung', label: 'Người dùng' }, { label: 'Thêm người dùng' }]} />
      <PageTitle description="Tạo tài khoản với mật khẩu tạm thời hoặc liên kết mời.">Thêm người dùng</PageTitle>
      <UserCreateForm roles={roles} units={unitOptionGroups(units)} />
    </>
  );
}
