/**
 * Dates in vi-VN form, always in Vietnam's time zone whatever the server's: "14/07/2023",
 * "14/07/2023 08:05". Date-only columns (@db.Date) arrive as UTC midnight, which is 07:00 the
 * same day in Asia/Ho_Chi_Minh, so they print as the date that was stored.
 */

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export type DateInput = Date | string | number;

const dateParts = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(input: DateInput): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const date = input instanceof Date ? input : new Date(input);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  const out = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const p of dateParts.formatToParts(date)) {
    if (p.type in out) out[p.type as keyof typeof out] = p.value;
  }
  return out;
}

/** "14/07/2023" */
export function formatDate(input: DateInput): string {
  const p = parts(input);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "14/07/2023 08:05" */
export function formatDateTime(input: DateInput): string {
  const p = parts(input);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Vietnam as "YYYY-MM-DD", for comparing with date-only columns in SQL. */
export function todayIsoInVietnam(now: Date = new Date()): string {
  const p = parts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Machine-readable value for <time dateTime>, e.g. "2023-07-14". */
export function isoDate(input: DateInput): string {
  const p = parts(input);
  return `${p.year}-${p.month}-${p.day}`;
}

const WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekdayIndex = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, weekday: 'short' });
const SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * "Thứ Sáu, 14/07/2023 08:23", as Vietnamese portals print an article's time. The weekday names
 * are our own table, so the output does not depend on the runtime's locale data.
 */
export function formatWeekdayDateTime(input: DateInput): string {
  const date = input instanceof Date ? input : new Date(input);
  const day = WEEKDAYS[SHORT.indexOf(weekdayIndex.format(date))] ?? '';
  return `${day}, ${formatDateTime(date)}`;
}
