'use server';

/**
 * Support activities (training, fairs, consulting …) and the organizations they served. Guard
 * first (support.manage), zod with Vietnamese field errors, one transaction with the audit row,
 * then the list, the plan page (trainings count there) and the served organizations' pages are
 * refreshed.
 */
import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formInput } from '@/lib/support/fields';
import { supportActivitySchema, type SupportActivityInput } from '@/lib/support/schema';

const LIST_PATH = '/quan-tri/ho-tro';

const ACTIVITY_FIELDS = {
  kind: true,
  title: true,
  startsOn: true,
  endsOn: true,
  location: true,
  unitId: true,
  attendees: true,
  cost: true,
  fundingSource: true,
  description: true,
} as const;

const CHECK = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

/** What was typed, with the chosen organizations as one comma-separated value (the picker reads it back). */
function echo(formData: FormData): Record<string, string> {
  const values = formValues(formData);
  values.organizationIds = formData.getAll('organizationIds').filter((v): v is string => typeof v === 'string').join(',');
  return values;
}

/** Refuses ids of organizations that are not (or no longer) in the register, and a unit that does not exist. */
async function referencesError(input: SupportActivityInput): Promise<Record<string, string> | null> {
  const errors: Record<string, string> = {};
  if (input.organizationIds.length > 0) {
    const found = await prisma.organization.count({ where: { id: { in: input.organizationIds }, deletedAt: null } });
    if (found !== input.organizationIds.length) errors.organizationIds = 'Có tổ chức đã chọn không còn trong sổ đăng ký: hãy chọn lại.';
  }
  if (input.data.unitId !== null && (await prisma.administrativeUnit.count({ where: { id: input.data.unitId } })) === 0) {
    errors.unitId = 'Địa bàn không tồn tại.';
  }
  return Object.keys(errors).length ? errors : null;
}

function refresh(organizationIds: number[], activityId?: number): void {
  revalidatePath(LIST_PATH);
  if (activityId) revalidatePath(`${LIST_PATH}/${activityId}`);
  revalidatePath('/quan-tri/ke-hoach');
  expireStatsTags('support', 'plans');
  for (const id of new Set(organizationIds)) revalidatePath(`/quan-tri/to-chuc/${id}`);
}

export async function createSupportActivity(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const values = echo(formData);
  const parsed = supportActivitySchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const refused = await referencesError(input);
  if (refused) return errorState(CHECK, refused, values);

  const id = await prisma.$transaction(async (tx) => {
    const activity = await tx.supportActivity.create({
      data: { ...input.data, organizations: { create: input.organizationIds.map((organizationId) => ({ organizationId })) } },
      select: { id: true },
    });
    await recordAudit(tx, {
      userId: user.id,
      action: 'support.create',
      entity: 'SupportActivity',
      entityId: String(activity.id),
      after: auditValue({ ...input.data, organizationIds: input.organizationIds }) as Prisma.InputJsonObject,
    });
    return activity.id;
  });
  refresh(input.organizationIds, id);
  redirect(`${LIST_PATH}/${id}?thong-bao=da-tao`);
}

export async function updateSupportActivity(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const values = echo(formData);
  const parsed = supportActivitySchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  const refused = await referencesError(input);
  if (refused) return errorState(CHECK, refused, values);

  const before = await prisma.$transaction(async (tx) => {
    const row = await tx.supportActivity.findUnique({ where: { id }, select: { ...ACTIVITY_FIELDS, organizations: { select: { organizationId: true } } } });
    if (!row) return null;
    const { organizations, ...fields } = row;
    const oldIds = organizations.map((o) => o.organizationId).sort((a, b) => a - b);
    const newIds = [...input.organizationIds].sort((a, b) => a - b);
    const diff = auditDiff({ ...fields, organizationIds: oldIds } as Record<string, unknown>, { ...input.data, organizationIds: newIds });
    await tx.supportActivity.update({ where: { id }, data: input.data });
    await tx.supportActivityOrganization.deleteMany({ where: { activityId: id, organizationId: { notIn: newIds } } });
    await tx.supportActivityOrganization.createMany({ data: newIds.map((organizationId) => ({ activityId: id, organizationId })), skipDuplicates: true });
    if (Object.keys(diff.after).length > 0) {
      await recordAudit(tx, { userId: user.id, action: 'support.update', entity: 'SupportActivity', entityId: String(id), ...diff });
    }
    return oldIds;
  });
  if (!before) return errorState('Hoạt động này không còn (có thể đã bị xóa).', {}, values);
  refresh([...before, ...input.organizationIds], id);
  redirect(`${LIST_PATH}/${id}?thong-bao=da-luu`);
}

export async function deleteSupportActivity(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const served = await prisma.$transaction(async (tx) => {
    const row = await tx.supportActivity.findUnique({ where: { id }, select: { ...ACTIVITY_FIELDS, organizations: { select: { organizationId: true } } } });
    if (!row) return null;
    const { organizations, ...fields } = row;
    const ids = organizations.map((o) => o.organizationId);
    await tx.supportActivity.delete({ where: { id } });
    await recordAudit(tx, {
      userId: user.id,
      action: 'support.delete',
      entity: 'SupportActivity',
      entityId: String(id),
      before: auditValue({ ...fields, organizationIds: ids }) as Prisma.InputJsonObject,
    });
    return ids;
  });
  if (!served) return errorState('Hoạt động này không còn (có thể đã bị xóa).');
  refresh(served);
  redirect(`${LIST_PATH}?thong-bao=da-xoa`);
}
