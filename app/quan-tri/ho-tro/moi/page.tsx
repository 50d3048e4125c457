import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { SupportActivityForm } from '@/components/support/support-activity-form';
import { requirePermission } from '@/lib/auth/session';
import { getUnitChoices } from '@/lib/organizations/queries';
import { createSupportActivity } from '@/lib/support/actions';
import { enumOptions, SUPPORT_KIND_LABELS } from '@/lib/support/labels';

export const metadata = { title: 'Thêm hoạt động hỗ trợ' };

export default async function NewSupportActivityPage() {
  await requirePermission('support.manage');
  const units = await getUnitChoices(null);
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/ho-tro', label: 'Hoạt động hỗ trợ' }, { label: 'Thêm hoạt động' }]} />
      <PageTitle>Thêm hoạt động hỗ trợ</PageTitle>
      <SupportActivityForm
        action={createSupportActivity}
        initial={{}}
        served={[]}
        kinds={enumOptions(SUPPORT_KIND_LABELS)}
        units={units.map((u) => ({ value: String(u.id), label: u.label }))}
        submitLabel="Lưu hoạt động"
        cancelHref="/quan-tri/ho-tro"
      />
    </>
  );
}
