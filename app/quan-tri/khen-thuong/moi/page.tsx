import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { AwardForm } from '@/components/support/award-form';
import { requirePermission } from '@/lib/auth/session';
import { createAward } from '@/lib/awards/actions';
import { getEmulationBlocks } from '@/lib/awards/queries';
import { currentYear } from '@/lib/plans/queries';
import { AWARD_TYPE_LABELS, enumOptions } from '@/lib/support/labels';

export const metadata = { title: 'Thêm khen thưởng' };

export default async function NewAwardPage() {
  await requirePermission('support.manage');
  const blocks = await getEmulationBlocks();
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/khen-thuong', label: 'Khen thưởng' }, { label: 'Thêm khen thưởng' }]} />
      <PageTitle>Thêm khen thưởng</PageTitle>
      <AwardForm
        action={createAward}
        initial={{ year: String(currentYear()) }}
        recipient={[]}
        types={enumOptions(AWARD_TYPE_LABELS)}
        blocks={blocks}
        submitLabel="Lưu khen thưởng"
        cancelHref="/quan-tri/khen-thuong"
      />
    </>
  );
}
