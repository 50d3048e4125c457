import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { SupportActivityForm } from '@/components/support/support-activity-form';
import { requirePermission } from '@/lib/auth/session';
import { isoDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import { parseId } from '@/lib/organizations/filters';
import { getUnitChoices } from '@/lib/organizations/queries';
import { updateSupportActivity } from '@/lib/support/actions';
import { enumOptions, SUPPORT_KIND_LABELS } from '@/lib/support/labels';
import { getSupportActivity } from '@/lib/support/queries';

export const metadata = { title: 'Sửa hoạt động hỗ trợ' };

export default async function EditSupportActivityPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission('support.manage');
  const id = parseId((await params).id);
  const activity = id ? await getSupportActivity(id) : null;
  if (!activity) notFound();
  const units = await getUnitChoices(null);
  return (
    <>
      <Breadcrumbs items={[{ href: '/quan-tri/ho-tro', label: 'Hoạt động hỗ trợ' }, { href: `/quan-tri/ho-tro/${activity.id}`, label: activity.title }, { label: 'Sửa' }]} />
      <PageTitle>Sửa hoạt động hỗ trợ</PageTitle>
      <SupportActivityForm
        action={updateSupportActivity.bind(null, activity.id)}
        initial={{
          kind: activity.kind,
          title: activity.title,
          startsOn: isoDate(activity.startsOn),
          endsOn: activity.endsOn ? isoDate(activity.endsOn) : '',
          location: activity.location ?? '',
          unitId: activity.unitId ? String(activity.unitId) : '',
          attendees: activity.attendees ? String(activity.attendees) : '',
          cost: activity.cost > 0n ? formatNumber(activity.cost) : '',
          fundingSource: activity.fundingSource ?? '',
          description: activity.description ?? '',
        }}
        served={activity.organizations.map(({ organization: o }) => ({ id: o.id, name: o.name, detail: `${o.unit.type} ${o.unit.name}` }))}
        kinds={enumOptions(SUPPORT_KIND_LABELS)}
        units={units.map((u) => ({ value: String(u.id), label: u.label }))}
        submitLabel="Lưu thay đổi"
        cancelHref={`/quan-tri/ho-tro/${activity.id}`}
      />
    </>
  );
}
