import { Fragment } from 'react';

import { PrintButton } from '@/components/site/print-button';
import { buttonClasses } from '@/components/ui/button';
import { Breadcrumbs } from '@/components/ui/page-title';
import { todayIsoInVietnam } from '@/lib/format/date';
import { getWeekEntries, groupByDay } from '@/lib/schedule/queries';
import { addWeeks, currentIsoWeek, dayLabel, formatIsoWeek, isoDay, type IsoWeek, sameWeek, weekLabel } from '@/lib/schedule/week';

// Printing leaves the schedule alone: no site header, menu, footer, week picker or buttons.
const printCss = `@media print {
  body:has([data-schedule-print]) header, body:has([data-schedule-print]) footer, body:has([data-schedule-print]) nav,
  body:has([data-schedule-print]) a[href="#noi-dung-chinh"] { display: none !important; }
  body:has([data-schedule-print]) { background: #fff; font-size: 11pt; }
  body:has([data-schedule-print]) main { max-width: none; padding: 0; }
  [data-schedule-print] table { border-collapse: collapse; width: 100%; }
  [data-schedule-print] th, [data-schedule-print] td { border: 1px solid #555; padding: 4pt 6pt; }
  [data-schedule-print] tr { break-inside: avoid; }
  [data-schedule-print] thead { display: table-header-group; }
}`;

/** Week links are plain <a>: the proxy turns ?tuan= into a cached route the client router cannot follow. */
function weekHref(week: IsoWeek, current: IsoWeek): string {
  return sameWeek(week, current) ? '/lich-cong-tac' : `/lich-cong-tac?tuan=${formatIsoWeek(week)}`;
}

/** The leaders' work schedule of one week, as the public sees and prints it. */
export async function WorkSchedule({ week }: { week: IsoWeek }) {
  const today = todayIsoInVietnam();
  const current = currentIsoWeek();
  const entries = await getWeekEntries(week, { publishedOnly: true });
  const days = groupByDay(week, entries);
  const label = weekLabel(week);

  return (
    <div data-schedule-print="">
      <style href="lich-cong-tac-in" precedence="default">
        {printCss}
      </style>
      <Breadcrumbs items={[{ href: '/', label: 'Trang chủ' }, { label: 'Lịch công tác' }]} />
      <h1 className="text-3xl font-bold text-slate-900">Lịch công tác của Thường trực Liên minh</h1>
      <p className="mt-2 text-xl text-slate-800">{label}</p>

      <div className="mt-5 flex flex-wrap items-end gap-3 print:hidden">
        <nav aria-label="Chọn tuần" className="flex flex-wrap gap-2">
          <a href={weekHref(addWeeks(week, -1), current)} className={buttonClasses('secondary')}>
            ← Tuần trước
          </a>
          {sameWeek(week, current) ? null : (
            <a href={weekHref(current, current)} className={buttonClasses('secondary')}>
              Tuần này
            </a>
          )}
          <a href={weekHref(addWeeks(week, 1), current)} className={buttonClasses('secondary')}>
            Tuần sau →
          </a>
        </nav>
        <form method="get" action="/lich-cong-tac" className="flex items-end gap-2">
          <div>
            <label htmlFor="chon-tuan" className="block font-medium text-slate-800">
              Xem tuần
            </label>
            <input id="chon-tuan" type="week" name="tuan" defaultValue={formatIsoWeek(week)} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2" />
          </div>
          <button type="submit" className={buttonClasses('primary')}>
            Xem
          </button>
        </form>
        <PrintButton label="In lịch tuần" />
      </div>

      {entries.length === 0 ? (
        <p className="mt-6 rounded-lg border border-slate-200 bg-white p-5 text-slate-700">Chưa có lịch công tác cho tuần này.</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible print:border-0">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Lịch công tác {label}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Thời gian
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Nội dung
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Thành phần
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Địa điểm
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  Chuẩn bị
                </th>
              </tr>
            </thead>
            <tbody>
              {days
                .filter((d) => d.entries.length > 0)
                .map((d) => {
                  const isToday = isoDay(d.date) === today;
                  return (
                    <Fragment key={isoDay(d.date)}>
                      <tr className={isToday ? 'bg-brand-50' : 'bg-slate-50'}>
                        <th scope="colgroup" colSpan={5} className="border-t border-slate-200 px-4 py-2 font-semibold text-slate-900">
                          <time dateTime={isoDay(d.date)}>{dayLabel(d.date)}</time>
                          {isToday ? <span className="ml-2 text-sm font-medium text-brand-800">(hôm nay)</span> : null}
                        </th>
                      </tr>
                      {d.entries.map((e) => (
                        <tr key={e.id} className="border-t border-slate-200 align-top">
                          <td className="px-4 py-3 whitespace-nowrap tabular-nums">
                            {e.startTime}
                            {e.endTime ? ` – ${e.endTime}` : ''}
                          </td>
                          <td className="px-4 py-3">
                            <span className="whitespace-pre-line">{e.content}</span>
                            {e.note ? <span className="mt-1 block text-sm whitespace-pre-line text-slate-600">Ghi chú: {e.note}</span> : null}
                          </td>
                          <td className="px-4 py-3 whitespace-pre-line">{e.attendees}</td>
                          <td className="px-4 py-3">{e.place}</td>
                          <td className="px-4 py-3">{e.preparer}</td>
                        </tr>
                      ))}
                    </Fragment>
                  );
                })}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-4 text-sm text-slate-600">Lịch có thể thay đổi; bản cập nhật mới nhất luôn ở trang này.</p>
    </div>
  );
}
