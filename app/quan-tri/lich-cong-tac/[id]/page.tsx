import { notFound } from 'next/navigation';

import { Breadcrumbs, PageTitle } from '@/components/ui/page-title';
import { ScheduleEntryForm } from '@/components/workspace/schedule/schedule-forms';
import { requirePermission } from '@/lib/auth/session';
import { updateScheduleEntry } from '@/lib/schedule/actions';
import { getScheduleEntry } from '@/lib/schedule/queries';
import { dayLabel, formatIsoWeek, isoDay, isoWeekOf } from '@/lib/schedule/week';

export const metadata = { title: 'Sửa mục lịch công tác' };

type Props = { params: Promise<{ id: string }> };

export default async function EditScheduleEntryPage({ params }: Props) {
  await requirePermission('schedule.manage');
  const entry = await getScheduleEntry(Number((await params).id));
  if (!entry) notFound();
  return (
    <>
      <Breadcrumbs
        items={[
          { href: '/quan-tri/lich-cong-tac', label: 'Lịch công tác' },
          { href: `/quan-tri/lich-cong-tac?tuan=${formatIsoWeek(isoWeekOf(entry.date))}`, label: `Tuần ${isoWeekOf(entry.date).week}` },
          { label: 'Sửa mục lịch' },
        ]}
      />
      <PageTitle description={`${dayLabel(entry.date)}, ${entry.startTime}`}>Sửa mục lịch công tác</PageTitle>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <ScheduleEntryForm
          action={updateScheduleEntry.bind(null, entry.id)}
          initial={{
            date: isoDay(entry.date),
            startTime: entry.startTime,
            endTime: entry.endTime ?? '',
            content: entry.content,
            attendees: entry.attendees ?? '',
            place: entry.place ?? '',
            preparer: entry.preparer ?? '',
            note: entry.note ?? '',
            published: entry.published ? 'on' : '',
          }}
          submitLabel="Lưu thay đổi"
        />
      </div>
    </>
  );
}
