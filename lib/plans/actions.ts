'use server';

/**
 * Plan targets: add, edit, delete, and copy last year's targets. Guard first (plan.manage: admin
 * and alliance staff), zod with Vietnamese field errors, one transaction with the audit row, then
 * the plan page is refreshed. Plans are not shown publicly, so no public tag is expired.
 */
import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { copyTargetsSchema, planTargetSchema, type PlanTargetInput } from '@/lib/plans/schema';

const PLAN_PATH = '/quan-tri/ke-hoach';

function planHref(year: number, unitId: number | null, notice?: string): string {
  const q = new URLSearchParams({ nam: String(year) });
  if (unitId) q.set('don-vi', String(unitId));
  if (notice) q.set('thong-bao', notice);
  return `${PLAN_PATH}?${q}`;
}

const TARGET_FIELDS = { id: true, year: true, indicator: true, label: true, measure: true, target: true, result: true, unitId: true } as const;

/** A target of the same indicator for the same year and unit already exists (other than `exceptId`). */
async function duplicateOf(db: Prisma.TransactionClient, input: PlanTargetInput, exceptId?: number) {
  return db.planTarget.findFirst({
    where: { year: input.year, indicator: input.indicator, unitId: input.unitId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
}

async function unitExists(unitId: number | null): Promise<boolean> {
  return unitId === null || (await prisma.administrativeUnit.count({ where: { id: unitId } })) > 0;
}

function duplicateState(input: PlanTargetInput, values: Record<string, string>): ActionState {
  return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { indicator: `Chỉ tiêu “${input.label}” đã có trong kế hoạch năm ${input.year} của địa bàn này: hãy sửa chỉ tiêu đó.` }, values);
}

export async function createPlanTarget(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('plan.manage');
  const values = formValues(formData);
  const parsed = planTargetSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  if (!(await unitExists(input.unitId))) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { unitId: 'Địa bàn không tồn tại.' }, values);

  const created = await prisma.$transaction(async (tx) => {
    if (await duplicateOf(tx, input)) return null;
    const row = await tx.planTarget.create({ data: input, select: TARGET_FIELDS });
    const { id, ...after } = row;
    await recordAudit(tx, { userId: user.id, action: 'plan.create', entity: 'PlanTarget', entityId: String(id), after: auditValue(after) as Prisma.InputJsonObject });
    return row;
  });
  if (!created) return duplicateState(input, values);
  revalidatePath(PLAN_PATH);
  expireStatsTags('plans');
  redirect(planHref(input.year, input.unitId, 'da-them'));
}

export async function updatePlanTarget(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('plan.manage');
  const values = formValues(formData);
  const parsed = planTargetSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  if (!(await unitExists(input.unitId))) return errorState('Vui lòng kiểm tra lại các trường được đánh dấu.', { unitId: 'Địa bàn không tồn tại.' }, values);

  const outcome = await prisma.$transaction(async (tx) => {
    const before = await tx.planTarget.findUnique({ where: { id }, select: TARGET_FIELDS });
    if (!before) return 'gone' as const;
    if (await duplicateOf(tx, input, id)) return 'duplicate' as const;
    const diff = auditDiff(before as Record<string, unknown>, input);
    await tx.planTarget.update({ where: { id }, data: input });
    if (Object.keys(diff.after).length > 0) {
      await recordAudit(tx, { userId: user.id, action: 'plan.update', entity: 'PlanTarget', entityId: String(id), ...diff });
    }
    return 'saved' as const;
  });
  if (outcome === 'gone') return errorState('Chỉ tiêu này không còn (có thể đã bị xóa).', {}, values);
  if (outcome === 'duplicate') return duplicateState(input, values);
  revalidatePath(PLAN_PATH);
  expireStatsTags('plans');
  redirect(planHref(input.year, input.unitId, 'da-luu'));
}

export async function deletePlanTarget(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('plan.manage');
  const removed = await prisma.$transaction(async (tx) => {
    const before = await tx.planTarget.findUnique({ where: { id }, select: TARGET_FIELDS });
    if (!before) return null;
    await tx.planTarget.delete({ where: { id } });
    const { id: _id, ...data } = before;
    await recordAudit(tx, { userId: user.id, action: 'plan.delete', entity: 'PlanTarget', entityId: String(id), before: auditValue(data) as Prisma.InputJsonObject });
    return before;
  });
  if (!removed) return errorState('Chỉ tiêu này không còn (có thể đã bị xóa).');
  revalidatePath(PLAN_PATH);
  expireStatsTags('plans');
  redirect(planHref(removed.year, removed.unitId, 'da-xoa'));
}

/**
 * Copies the previous year's targets of the same unit into `year`: indicator, label, measure and
 * target; not the results. Targets the year already has are left as they are.
 */
export async function copyPlanTargets(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('plan.manage');
  const values = formValues(formData);
  const parsed = copyTargetsSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const { year, unitId } = parsed.data;

  const copied = await prisma.$transaction(async (tx) => {
    const previous = await tx.planTarget.findMany({ where: { year: year - 1, unitId }, select: { indicator: true, label: true, measure: true, target: true } });
    const existing = new Set((await tx.planTarget.findMany({ where: { year, unitId }, select: { indicator: true } })).map((t) => t.indicator));
    const fresh = previous.filter((t) => !existing.has(t.indicator));
    if (fresh.length > 0) {
      await tx.planTarget.createMany({ data: fresh.map((t) => ({ ...t, year, unitId, result: null })) });
      await recordAudit(tx, {
        userId: user.id,
        action: 'plan.copy',
        entity: 'PlanTarget',
        entityId: null,
        after: { year, fromYear: year - 1, unitId, indicators: fresh.map((t) => t.indicator) },
      });
    }
    return { previous: previous.length, fresh: fresh.length };
  });
  if (copied.previous === 0) return errorState(`Năm ${year - 1} chưa có chỉ tiêu nào để sao chép.`);
  if (copied.fresh === 0) return errorState(`Năm ${year} đã có đủ các chỉ tiêu của năm ${year - 1}; không có gì để sao chép.`);
  revalidatePath(PLAN_PATH);
  expireStatsTags('plans');
  return { status: 'success', message: `Đã sao chép ${copied.fresh} chỉ tiêu từ năm ${year - 1} sang năm ${year} (chưa có kết quả).` };
}
