'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { cacheTags, expirePublicTags } from '@/lib/cache/tags';
import { prisma } from '@/lib/db';
import { requestIp } from '@/lib/members/mutation';

import { scheduleEntrySchema } from './schema';
import { addWeeks, daysOf, formatIsoWeek, isoWeekOf, parseIsoWeek } from './week';

/**
 * Staff keep the leaders' work schedule. The public week view (/lich-cong-tac) is cached under the
 * `schedule` tag, expired by every change here, so an entry shows on the next request.
 */

const WORKSPACE = '/quan-tri/lich-cong-tac';

function weekHref(date: Date): string {
  return `${WORKSPACE}?tuan=${formatIsoWeek(isoWeekOf(date))}`;
}

export async function createScheduleEntry(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('schedule.manage');
  const values = formValues(formData);
  const parsed = scheduleEntrySchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    const entry = await tx.scheduleEntry.create({ data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'schedule.create', entity: 'ScheduleEntry', entityId: String(entry.id), ...auditDiff({}, parsed.data), ip });
  });
  expirePublicTags(cacheTags.schedule);
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: `Đã thêm lịch ngày ${parsed.data.date.toISOString().slice(8, 10)}/${parsed.data.date.toISOString().slice(5, 7)} lúc ${parsed.data.startTime}.` };
}

export async function updateScheduleEntry(entryId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('schedule.manage');
  const values = formValues(formData);
  const entry = Number.isSafeInteger(entryId) ? await prisma.scheduleEntry.findUnique({ where: { id: entryId } }) : null;
  if (!entry) return errorState('Không tìm thấy mục lịch; có thể đã bị xóa.', {}, values);
  const parsed = scheduleEntrySchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const diff = auditDiff(entry, parsed.data);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.scheduleEntry.update({ where: { id: entry.id }, data: parsed.data });
    await recordAudit(tx, { userId: user.id, action: 'schedule.update', entity: 'ScheduleEntry', entityId: String(entry.id), ...diff, ip });
  });
  expirePublicTags(cacheTags.schedule);
  revalidatePath(WORKSPACE, 'layout');
  redirect(`${weekHref(parsed.data.date)}&thong-bao=da-luu`);
}

export async function deleteScheduleEntry(entryId: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('schedule.manage');
  const entry = Number.isSafeInteger(entryId) ? await prisma.scheduleEntry.findUnique({ where: { id: entryId } }) : null;
  if (!entry) return errorState('Không tìm thấy mục lịch; có thể đã bị xóa.');
  const ip = await requestIp();
  await prisma.$transaction(async (tx) => {
    await tx.scheduleEntry.delete({ where: { id: entry.id } });
    const { id: _id, createdAt: _c, updatedAt: _u, ...before } = entry;
    // Everything the entry said, as the "before" of its deletion.
    const { after: snapshot } = auditDiff({}, before);
    await recordAudit(tx, { userId: user.id, action: 'schedule.delete', entity: 'ScheduleEntry', entityId: String(entry.id), before: snapshot, ip });
  });
  expirePublicTags(cacheTags.schedule);
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: 'Đã xóa mục lịch.' };
}

/**
 * Copies last week's entries into an empty week, one week later each, as unpublished drafts:
 * a leader's week rarely repeats exactly, so nothing copied goes public until staff publish it.
 */
export async function copyPreviousWeek(weekText: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('schedule.manage');
  const week = parseIsoWeek(weekText);
  if (!week) return errorState('Tuần không hợp lệ.');
  const days = daysOf(week);
  const previousDays = daysOf(addWeeks(week, -1));
  const ip = await requestIp();
  const outcome = await prisma.$transaction(async (tx) => {
    if (await tx.scheduleEntry.count({ where: { date: { gte: days[0], lte: days[6] } } })) return { kind: 'not-empty' as const };
    const previous = await tx.scheduleEntry.findMany({ where: { date: { gte: previousDays[0], lte: previousDays[6] } }, orderBy: [{ date: 'asc' }, { startTime: 'asc' }] });
    if (previous.length === 0) return { kind: 'nothing' as const };
    await tx.scheduleEntry.createMany({
      data: previous.map(({ id: _id, createdAt: _c, updatedAt: _u, date, ...rest }) => ({ ...rest, date: new Date(date.getTime() + 7 * 86_400_000), published: false })),
    });
    await recordAudit(tx, { userId: user.id, action: 'schedule.copy-week', entity: 'ScheduleEntry', entityId: formatIsoWeek(week), after: { from: formatIsoWeek(addWeeks(week, -1)), count: previous.length }, ip });
    return { kind: 'copied' as const, count: previous.length };
  });
  if (outcome.kind === 'not-empty') return errorState('Tuần này đã có lịch; chỉ sao chép vào một tuần còn trống.');
  if (outcome.kind === 'nothing') return errorState('Tuần trước không có mục lịch nào để sao chép.');
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: `Đã sao chép ${outcome.count} mục từ tuần trước, ở dạng chưa công bố: kiểm tra, sửa rồi bấm «Công bố cả tuần».` };
}

/** Publishes every unpublished entry of the week. */
export async function publishWeek(weekText: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('schedule.manage');
  const week = parseIsoWeek(weekText);
  if (!week) return errorState('Tuần không hợp lệ.');
  const days = daysOf(week);
  const ip = await requestIp();
  const count = await prisma.$transaction(async (tx) => {
    const { count } = await tx.scheduleEntry.updateMany({ where: { date: { gte: days[0], lte: days[6] }, published: false }, data: { published: true } });
    if (count) await recordAudit(tx, { userId: user.id, action: 'schedule.publish-week', entity: 'ScheduleEntry', entityId: formatIsoWeek(week), after: { count }, ip });
    return count;
  });
  if (count === 0) return { status: 'success', message: 'Mọi mục của tuần đã được công bố.' };
  expirePublicTags(cacheTags.schedule);
  revalidatePath(WORKSPACE, 'layout');
  return { status: 'success', message: `Đã công bố ${count} mục.` };
}
