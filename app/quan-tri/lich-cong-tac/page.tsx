import Link from 'next/link';

import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { PageTitle } from '@/components/ui/page-title';
import { FlashNotice } from '@/components/workspace/flash-notice';
import { DeleteEntryForm, ScheduleEntryForm, WeekActions } from '@/components/workspace/schedule/schedule-forms';
import { requirePermission } from '@/lib/auth/session';
import { todayIsoInVietnam } from '@/lib/format/date';
import { firstParam } from '@/lib/pagination';
import { createScheduleEntry } from '@/lib/schedule/actions';
import { getWeekEntries, groupByDay } from '@/lib/schedule/queries';
import { addWeeks, currentIsoWeek, dayLabel, formatIsoWeek, isoDay, parseIsoWeek, weekLabel } from '@/lib/schedule/week';

export const metadata = { title: 'Lịch công tác' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ScheduleAdminPage({ searchParams }: Props) {
  await requirePermission('schedule.manage');
  const params = await searchParams;
  const week = parseIsoWeek(firstParam(params.tuan)) ?? currentIsoWeek();
  const weekText = formatIsoWeek(week);
  const entries = await getWeekEntries(week, { publishedOnly: false });
  const days = groupByDay(week, entries);
  const today = todayIsoInVietnam();
  const defaultDay = days.find((d) => isoDay(d.date) === today)?.date ?? days[0].date;
  const href = (w: typeof week) => `/quan-tri/lich-cong-tac?tuan=${formatIsoWeek(w)}`;

  return (
    <>
      <PageTitle
        description={
          <>
            Lịch công tác hằng tuần của Thường trực, hiện công khai tại{' '}
            <Link href={`/lich-cong-tac?tuan=${weekText}`} className="text-brand-800 underline">
              trang Lịch công tác
            </Link>
            .
          </>
        }
      >
        Lịch công tác
      </PageTitle>
      <FlashNotice message={firstParam(params['thong-bao']) === 'da-luu' ? 'Đã lưu mục lịch.' : null} />

      <div className="mb-6 flex flex-wrap items-end gap-3">
        <nav aria-label="Chọn tuần" className="flex flex-wrap gap-2">
          <Link href={href(addWeeks(week, -1))} className={buttonClasses('secondary')}>
            ← Tuần trước
          </Link>
          <Link href="/quan-tri/lich-cong-tac" className={buttonClasses('secondary')}>
            Tuần này
          </Link>
          <Link href={href(addWeeks(week, 1))} className={buttonClasses('secondary')}>
            Tuần sau →
          </Link>
        </nav>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="tuan" className="block font-medium text-slate-800">
              Chọn tuần
            </label>
            <input id="tuan" type="week" name="tuan" defaultValue={weekText} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2" />
          </div>
          <button type="submit" className={buttonClasses('primary')}>
            Xem
          </button>
        </form>
      </div>

      <h2 className="mb-3 text-xl font-semibold text-slate-900">{weekLabel(week)}</h2>
      <WeekActions week={weekText} canCopy={entries.length === 0} unpublished={entries.filter((e) => !e.published).length} />

      <div className="mt-4 space-y-4">
        {days.map((d) => (
          <section key={isoDay(d.date)} aria-label={dayLabel(d.date)} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold text-slate-900">{dayLabel(d.date)}</h3>
            {d.entries.length === 0 ? (
              <p className="mt-1 text-slate-600">Chưa có lịch.</p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-200">
                {d.entries.map((e) => {
                  const label = `${e.startTime} ${e.content.slice(0, 60)}`;
                  return (
                    <li key={e.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                      <div>
                        <p>
                          <span className="font-medium tabular-nums">
                            {e.startTime}
                            {e.endTime ? ` – ${e.endTime}` : ''}
                          </span>{' '}
                          {e.content} {e.published ? null : <Badge tone="warning">Chưa công bố</Badge>}
                        </p>
                        <p className="text-sm text-slate-600">{[e.attendees && `Thành phần: ${e.attendees}`, e.place && `Địa điểm: ${e.place}`, e.preparer && `Chuẩn bị: ${e.preparer}`].filter(Boolean).join(' · ')}</p>
                      </div>
                      <div className="flex gap-2">
                        <Link href={`/quan-tri/lich-cong-tac/${e.id}`} className={buttonClasses('secondary')} aria-label={`Sửa: ${label}`}>
                          Sửa
                        </Link>
                        <DeleteEntryForm entryId={e.id} label={label} />
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        ))}
      </div>

      <section aria-labelledby="them-lich" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="them-lich" className="mb-4 text-xl font-semibold text-slate-900">
          Thêm mục lịch
        </h2>
        <ScheduleEntryForm
          action={createScheduleEntry}
          initial={{ date: isoDay(defaultDay), published: 'on' }}
          dayOptions={days.map((d) => ({ value: isoDay(d.date), label: dayLabel(d.date) }))}
          submitLabel="Thêm vào lịch"
          resetOnSuccess
        />
      </section>
    </>
  );
}
