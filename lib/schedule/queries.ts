import 'server-only';

import { prisma } from '@/lib/db';

import { daysOf, type IsoWeek } from './week';

export type ScheduleEntryRow = Awaited<ReturnType<typeof getWeekEntries>>[number];

/** A week's entries by day and start time; the public sees published ones only. */
export async function getWeekEntries(week: IsoWeek, options: { publishedOnly: boolean }) {
  const days = daysOf(week);
  return prisma.scheduleEntry.findMany({
    where: { date: { gte: days[0], lte: days[6] }, ...(options.publishedOnly ? { published: true } : {}) },
    orderBy: [{ date: 'asc' }, { startTime: 'asc' }, { id: 'asc' }],
  });
}

/** The week's days, each with its entries (days without entries included, for the table). */
export function groupByDay<T extends { date: Date }>(week: IsoWeek, entries: T[]): { date: Date; entries: T[] }[] {
  return daysOf(week).map((date) => ({ date, entries: entries.filter((e) => e.date.getTime() === date.getTime()) }));
}

export async function getScheduleEntry(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) return null;
  return prisma.scheduleEntry.findUnique({ where: { id } });
}
