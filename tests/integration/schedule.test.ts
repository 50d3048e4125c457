import { beforeAll, describe, expect, it } from 'vitest';

import { actAs, FORBIDDEN, form, REDIRECT, takeRevalidated } from '../setup/session';

import type { ActionState } from '@/lib/actions/state';
import { prisma } from '@/lib/db';
import { copyPreviousWeek, createScheduleEntry, deleteScheduleEntry, publishWeek, updateScheduleEntry } from '@/lib/schedule/actions';
import { getWeekEntries, groupByDay } from '@/lib/schedule/queries';

import { seedAdminFixture } from './fixtures-admin';

const idle: ActionState = { status: 'idle' };
let fx: Awaited<ReturnType<typeof seedAdminFixture>>;

beforeAll(async () => {
  fx = await seedAdminFixture();
});

const entry = (overrides: Record<string, string | undefined> = {}) => ({
  date: '2026-12-01',
  startTime: '7g30',
  endTime: '11:00',
  content: 'Họp Thường trực Liên minh HTX tỉnh triển khai kế hoạch năm 2027',
  place: 'Phòng họp số 1',
  attendees: 'Đ/c Chủ tịch; các Phó Chủ tịch',
  preparer: 'Văn phòng',
  note: '',
  published: 'on',
  ...overrides,
});

const errors = (s: ActionState) => (s.status === 'error' ? s.fieldErrors : {});
const W49 = { year: 2026, week: 49 };

describe('schedule entries', () => {
  it('are for admins, staff and editors only', async () => {
    for (const role of ['LEADER', 'DISTRICT_OFFICER'] as const) {
      actAs(fx.users[role]);
      await expect(createScheduleEntry(idle, form(entry()))).rejects.toThrow(FORBIDDEN);
      await expect(copyPreviousWeek('2026-W49', idle, form({}))).rejects.toThrow(FORBIDDEN);
    }
    expect(await prisma.scheduleEntry.count()).toBe(0);
  });

  it('validate in Vietnamese and keep what was typed', async () => {
    actAs(fx.users.STAFF);
    const result = await createScheduleEntry(idle, form(entry({ date: '', startTime: '25:00', endTime: '', content: ' ' })));
    expect(errors(result)).toEqual({
      date: 'Vui lòng nhập ngày.',
      startTime: 'Giờ bắt đầu không hợp lệ: nhập giờ:phút, ví dụ 07:30 hoặc 14:00.',
      content: 'Nhập nội dung công tác.',
    });
    expect(result.status === 'error' && result.values?.place).toBe('Phòng họp số 1');
    expect(errors(await createScheduleEntry(idle, form(entry({ startTime: '14:00', endTime: '13:30' }))))).toEqual({ endTime: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    expect(await prisma.scheduleEntry.count()).toBe(0);
  });

  it('are created, edited and deleted with audit rows, each expiring the public schedule', async () => {
    actAs(fx.users.STAFF);
    const created = await createScheduleEntry(idle, form(entry()));
    expect(created).toMatchObject({ status: 'success', message: 'Đã thêm lịch ngày 01/12 lúc 07:30.' });
    expect(takeRevalidated()).toMatchObject({ tags: ['schedule'], paths: ['/quan-tri/lich-cong-tac'] });
    const row = await prisma.scheduleEntry.findFirstOrThrow();
    expect(row).toMatchObject({ startTime: '07:30', endTime: '11:00', published: true, note: null, attendees: 'Đ/c Chủ tịch; các Phó Chủ tịch' });
    expect(row.date.toISOString()).toBe('2026-12-01T00:00:00.000Z');

    actAs(fx.users.EDITOR);
    await expect(updateScheduleEntry(row.id, idle, form(entry({ place: 'Hội trường UBND tỉnh', date: '2026-12-02' })))).rejects.toThrow(REDIRECT);
    expect(takeRevalidated().tags).toEqual(['schedule']);
    expect(await prisma.scheduleEntry.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ place: 'Hội trường UBND tỉnh' });

    expect((await deleteScheduleEntry(row.id, idle, form({}))).status).toBe('success');
    expect(takeRevalidated().tags).toEqual(['schedule']);
    const audits = await prisma.auditLog.findMany({ where: { entity: 'ScheduleEntry', entityId: String(row.id) }, orderBy: { id: 'asc' } });
    expect(audits.map((a) => [a.action, a.userId])).toEqual([
      ['schedule.create', fx.users.STAFF.id],
      ['schedule.update', fx.users.EDITOR.id],
      ['schedule.delete', fx.users.EDITOR.id],
    ]);
    expect(audits[1].after).toEqual({ date: '2026-12-02T00:00:00.000Z', place: 'Hội trường UBND tỉnh' });
    expect(audits[2].before).toMatchObject({ content: entry().content, startTime: '07:30' });
  });

  it('show the public only published entries, by day and time', async () => {
    actAs(fx.users.STAFF);
    await createScheduleEntry(idle, form(entry({ date: '2026-12-03', startTime: '14:00', endTime: '', content: 'Làm việc với HTX Tân Hiệp' })));
    await createScheduleEntry(idle, form(entry({ date: '2026-12-03', startTime: '08:00', endTime: '', content: 'Dự hội nghị tổng kết' })));
    await createScheduleEntry(idle, form(entry({ date: '2026-12-04', startTime: '08:00', content: 'Nháp chưa công bố', published: undefined })));
    await createScheduleEntry(idle, form(entry({ date: '2026-12-07', startTime: '08:00', content: 'Tuần sau' })));
    const pub = await getWeekEntries(W49, { publishedOnly: true });
    expect(pub.map((e) => e.content)).toEqual(['Dự hội nghị tổng kết', 'Làm việc với HTX Tân Hiệp']);
    expect((await getWeekEntries(W49, { publishedOnly: false })).map((e) => e.content)).toContain('Nháp chưa công bố');
    const byDay = groupByDay(W49, pub);
    expect(byDay).toHaveLength(7);
    expect(byDay[3].entries.map((e) => e.startTime)).toEqual(['08:00', '14:00']);
  });

  it('copies last week into an empty week as unpublished drafts, then publishes the week', async () => {
    actAs(fx.users.STAFF);
    takeRevalidated();
    expect(await copyPreviousWeek('2026-W49', idle, form({}))).toMatchObject({ status: 'error', message: 'Tuần này đã có lịch; chỉ sao chép vào một tuần còn trống.' });
    // Week 50 already has the "Tuần sau" entry; week 51 is empty, and week 50 is its previous.
    const copied = await copyPreviousWeek('2026-W51', idle, form({}));
    expect(copied).toMatchObject({ status: 'success', message: expect.stringContaining('Đã sao chép 1 mục') });
    const w51 = await getWeekEntries({ year: 2026, week: 51 }, { publishedOnly: false });
    expect(w51.map((e) => [e.date.toISOString().slice(0, 10), e.content, e.published])).toEqual([['2026-12-14', 'Tuần sau', false]]);
    expect(takeRevalidated().tags).toEqual([]);
    expect(await publishWeek('2026-W51', idle, form({}))).toMatchObject({ status: 'success', message: 'Đã công bố 1 mục.' });
    expect(takeRevalidated().tags).toEqual(['schedule']);
    expect((await getWeekEntries({ year: 2026, week: 51 }, { publishedOnly: true })).length).toBe(1);
    expect(await copyPreviousWeek('2026-W60', idle, form({}))).toMatchObject({ status: 'error', message: 'Tuần không hợp lệ.' });
  });
});
