import { describe, expect, it } from 'vitest';

import { addWeeks, currentIsoWeek, dayLabel, daysOf, formatIsoWeek, isoWeekOf, mondayOf, parseIsoWeek, weekLabel, weeksInYear } from '@/lib/schedule/week';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const week = (iso: string) => formatIsoWeek(isoWeekOf(d(iso)));

describe('ISO weeks', () => {
  it('numbers weeks across year boundaries as ISO 8601 does', () => {
    expect(week('2026-12-01')).toBe('2026-W49');
    expect(week('2026-01-01')).toBe('2026-W01'); // a Thursday: week 1
    expect(week('2025-12-29')).toBe('2026-W01'); // the Monday of that week is still in 2025
    expect(week('2024-12-30')).toBe('2025-W01');
    expect(week('2021-01-03')).toBe('2020-W53'); // a Sunday in January belongs to last year's week 53
    expect(week('2027-01-03')).toBe('2026-W53');
    expect(week('2027-01-04')).toBe('2027-W01');
    expect([weeksInYear(2020), weeksInYear(2025), weeksInYear(2026)]).toEqual([53, 52, 53]);
  });

  it('finds the Monday and the seven days of a week', () => {
    expect(mondayOf({ year: 2026, week: 1 }).toISOString().slice(0, 10)).toBe('2025-12-29');
    expect(mondayOf({ year: 2026, week: 49 }).toISOString().slice(0, 10)).toBe('2026-11-30');
    expect(daysOf({ year: 2026, week: 53 }).map((x) => x.toISOString().slice(0, 10))).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('steps over year ends', () => {
    expect(formatIsoWeek(addWeeks({ year: 2026, week: 53 }, 1))).toBe('2027-W01');
    expect(formatIsoWeek(addWeeks({ year: 2027, week: 1 }, -1))).toBe('2026-W53');
    expect(formatIsoWeek(addWeeks({ year: 2025, week: 1 }, -1))).toBe('2024-W52');
  });

  it('parses what <input type="week"> sends and refuses weeks that do not exist', () => {
    expect(parseIsoWeek('2026-W49')).toEqual({ year: 2026, week: 49 });
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2025-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-49')).toBeNull();
    expect(parseIsoWeek(undefined)).toBeNull();
  });

  it('takes "this week" from the date in Vietnam, not UTC', () => {
    // Sunday 29/11 17:30 UTC is Monday 30/11 00:30 in Vietnam: the new week has begun there.
    expect(formatIsoWeek(currentIsoWeek(new Date('2026-11-29T17:30:00Z')))).toBe('2026-W49');
    expect(formatIsoWeek(currentIsoWeek(new Date('2026-11-29T16:59:00Z')))).toBe('2026-W48');
  });

  it('labels weeks and days in Vietnamese', () => {
    expect(weekLabel({ year: 2026, week: 49 })).toBe('Tuần 49 (30/11 – 06/12/2026)');
    expect(dayLabel(d('2026-11-30'))).toBe('Thứ Hai, 30/11/2026');
    expect(dayLabel(d('2026-12-06'))).toBe('Chủ Nhật, 06/12/2026');
  });
});
