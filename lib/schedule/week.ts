import { todayIsoInVietnam } from '@/lib/format/date';

/**
 * ISO 8601 weeks ("2026-W49"): weeks start on Monday, and week 1 is the week with the year's
 * first Thursday, so the last days of December can be in week 1 of the next year and the first
 * days of January in week 52/53 of the previous one. Dates are UTC midnights (as @db.Date columns
 * arrive), and "today" is today in Vietnam.
 */
export type IsoWeek = { year: number; week: number };

const DAY = 86_400_000;

function utcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function isoWeekOf(date: Date): IsoWeek {
  const d = utcDay(date);
  const weekday = d.getUTCDay() || 7;
  // The Thursday of the same week decides the year.
  const thursday = new Date(d.getTime() + (4 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7) + 1;
  return { year, week };
}

/** 52 or 53: the week of 28 December is always the year's last. */
export function weeksInYear(year: number): number {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

export function mondayOf({ year, week }: IsoWeek): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = jan4.getUTCDay() || 7;
  return new Date(jan4.getTime() - (weekday - 1) * DAY + (week - 1) * 7 * DAY);
}

/** Monday to Sunday of the week. */
export function daysOf(week: IsoWeek): Date[] {
  const monday = mondayOf(week);
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * DAY));
}

export function formatIsoWeek({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** "2026-W49" (what <input type="week"> sends) → the week, or null when it is not a real week. */
export function parseIsoWeek(text: string | undefined | null): IsoWeek | null {
  const m = /^(\d{4})-W(\d{1,2})$/.exec((text ?? '').trim());
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 2000 || year > 2100 || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

export function addWeeks(week: IsoWeek, n: number): IsoWeek {
  return isoWeekOf(new Date(mondayOf(week).getTime() + n * 7 * DAY));
}

/** The week that contains today in Vietnam. */
export function currentIsoWeek(now: Date = new Date()): IsoWeek {
  return isoWeekOf(new Date(`${todayIsoInVietnam(now)}T00:00:00Z`));
}

export function sameWeek(a: IsoWeek, b: IsoWeek): boolean {
  return a.year === b.year && a.week === b.week;
}

const dm = (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}`;

/** "Tuần 49 (30/11 – 06/12/2026)". */
export function weekLabel(week: IsoWeek): string {
  const days = daysOf(week);
  return `Tuần ${week.week} (${dm(days[0])} – ${dm(days[6])}/${days[6].getUTCFullYear()})`;
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Hai, 30/11/2026" for a date-only value. */
export function dayLabel(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]}, ${dm(date)}/${date.getUTCFullYear()}`;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
