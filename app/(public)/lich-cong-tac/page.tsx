import type { Metadata } from 'next';

import { WorkSchedule } from '@/components/site/work-schedule';
import { cachedUnder } from '@/lib/cache/public';
import { cacheTags } from '@/lib/cache/tags';
import { todayIsoInVietnam } from '@/lib/format/date';
import { currentIsoWeek } from '@/lib/schedule/week';

export const metadata: Metadata = {
  title: 'Lịch công tác',
  description: 'Lịch công tác hằng tuần của Thường trực Liên minh Hợp tác xã tỉnh: thời gian, nội dung, thành phần, địa điểm.',
  alternates: { canonical: '/lich-cong-tac' },
};

// Which week "this week" is depends on the date: the page carries the day's tag, which the cache
// handler drops at midnight in Vietnam (and server.mjs empties its front cache then too), besides
// the `schedule` tag every entry change expires. The hourly revalidation is a backstop.
export const revalidate = 3600;

export default async function WorkSchedulePage() {
  const today = todayIsoInVietnam();
  if (!(await cachedUnder(cacheTags.schedule, cacheTags.day(today)))) return null;
  return <WorkSchedule week={currentIsoWeek()} />;
}
