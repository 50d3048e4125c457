import type { Metadata } from 'next';

import { WorkSchedule } from '@/components/site/work-schedule';
import { cachedUnder } from '@/lib/cache/public';
import { decodeQuerySegment } from '@/lib/cache/query-routes';
import { cacheTags } from '@/lib/cache/tags';
import { todayIsoInVietnam } from '@/lib/format/date';
import { currentIsoWeek, formatIsoWeek, parseIsoWeek, weekLabel } from '@/lib/schedule/week';

type Props = { params: Promise<{ q: string }> };

// /lich-cong-tac?tuan=2026-W49 is served from here by the proxy (lib/cache/query-routes.ts): one
// cached render per week, expired with any schedule change and at midnight ("today" is marked).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

function weekOf(q: string) {
  return parseIsoWeek(decodeQuerySegment(q).tuan) ?? currentIsoWeek();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const week = weekOf((await params).q);
  return { title: `Lịch công tác ${weekLabel(week).toLowerCase()}`, alternates: { canonical: `/lich-cong-tac?tuan=${formatIsoWeek(week)}` } };
}

export default async function WorkScheduleWeekPage({ params }: Props) {
  const { q } = await params;
  if (!(await cachedUnder(cacheTags.schedule, cacheTags.day(todayIsoInVietnam())))) return null;
  return <WorkSchedule week={weekOf(q)} />;
}
