'use server';

/**
 * Emulation awards (cờ thi đua, bằng khen, giấy khen …). Guard first (support.manage), zod with
 * Vietnamese field errors, one transaction with the audit row, then the list, the plan page and
 * the recipient's page are refreshed.
 */
import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import { awardSchema, type AwardInput } from '@/lib/awards/schema';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const LIST_PATH = '/quan-tri/khen-thuong';
const CHECK = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

const AWARD_FIELDS = {
  year: true,
  type: true,
  title: true,
  organizationId: true,
  recipientName: true,
  emulationBlock: true,
  decisionNumber: true,
  decisionDate: true,
  issuer: true,
} as const;

/** The stored data: an organization's current name is the recipient's name unless one was typed. */
async function awardData(input: AwardInput): Promise<{ data: Prisma.AwardUncheckedCreateInput } | { error: string }> {
  if (input.organizationId === null) return { data: { ...input, recipientName: input.recipientName ?? '' } };
  const org = await prisma.organization.findFirst({ where: { id: input.organizationId, deletedAt: null }, select: { name: true } });
  if (!org) return { error: 'Tổ chức này không còn trong sổ đăng ký: hãy chọn lại.' };
  return { data: { ...input, recipientName: input.recipientName ?? org.name } };
}

function refresh(organizationIds: (number | null)[]): void {
  revalidatePath(LIST_PATH);
  revalidatePath('/quan-tri/ke-hoach');
  expireStatsTags('support', 'plans');
  for (const id of new Set(organizationIds)) if (id) revalidatePath(`/quan-tri/to-chuc/${id}`);
}

export async function createAward(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const values = formValues(formData);
  const parsed = awardSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const built = await awardData(parsed.data);
  if ('error' in built) return errorState(CHECK, { organizationId: built.error }, values);

  await prisma.$transaction(async (tx) => {
    const award = await tx.award.create({ data: built.data, select: { id: true } });
    await recordAudit(tx, { userId: user.id, action: 'award.create', entity: 'Award', entityId: String(award.id), after: auditValue(built.data) as Prisma.InputJsonObject });
  });
  refresh([built.data.organizationId ?? null]);
  redirect(`${LIST_PATH}?thong-bao=da-them`);
}

export async function updateAward(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const values = formValues(formData);
  const parsed = awardSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const built = await awardData(parsed.data);
  if ('error' in built) return errorState(CHECK, { organizationId: built.error }, values);

  const before = await prisma.$transaction(async (tx) => {
    const row = await tx.award.findUnique({ where: { id }, select: AWARD_FIELDS });
    if (!row) return null;
    const diff = auditDiff(row as Record<string, unknown>, built.data);
    await tx.award.update({ where: { id }, data: built.data });
    if (Object.keys(diff.after).length > 0) await recordAudit(tx, { userId: user.id, action: 'award.update', entity: 'Award', entityId: String(id), ...diff });
    return row;
  });
  if (!before) return errorState('Khen thưởng này không còn (có thể đã bị xóa).', {}, values);
  refresh([before.organizationId, built.data.organizationId ?? null]);
  redirect(`${LIST_PATH}?thong-bao=da-luu`);
}

export async function deleteAward(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const removed = await prisma.$transaction(async (tx) => {
    const row = await tx.award.findUnique({ where: { id }, select: AWARD_FIELDS });
    if (!row) return null;
    await tx.award.delete({ where: { id } });
    await recordAudit(tx, { userId: user.id, action: 'award.delete', entity: 'Award', entityId: String(id), before: auditValue(row) as Prisma.InputJsonObject });
    return row;
  });
  if (!removed) return errorState('Khen thưởng này không còn (có thể đã bị xóa).');
  refresh([removed.organizationId]);
  redirect(`${LIST_PATH}?thong-bao=da-xoa`);
}
