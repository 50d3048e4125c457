import { todayIsoInVietnam } from '@/lib/format/date';

/**
 * Date-only values of administrative units (@db.Date): UTC midnight of the calendar day, so that
 * comparisons never depend on the server's time zone.
 */

/** "2025-07-01" → Date at UTC midnight; null for anything that is not a real calendar date. */
export function parseIsoDate(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const date = new Date(`${text}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return null;
  return date;
}

/** Today in Vietnam as a date-only value. */
export function todayDate(now: Date = new Date()): Date {
  return parseIsoDate(todayIsoInVietnam(now))!;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** "2025-07-01" for <input type="date"> values. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** True when the unit exists on `day` (validFrom ≤ day ≤ validTo). */
export function isValidOn(unit: { validFrom: Date; validTo: Date | null }, day: Date): boolean {
  return unit.validFrom <= day && (unit.validTo == null || unit.validTo >= day);
}
