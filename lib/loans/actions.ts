'use server';

/**
 * Loans to cooperatives (development fund, employment fund …). Guard first (support.manage), zod
 * with Vietnamese field errors, one transaction with the audit row, then the list, the plan page
 * and the borrower's page are refreshed.
 */
import { revalidatePath } from 'next/cache';

import { expireStatsTags } from '@/lib/cache/tags';
import { redirect } from 'next/navigation';

import { errorState, formValues, invalidState, type ActionState } from '@/lib/actions/state';
import { auditDiff, auditValue, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loanSchema, type LoanInput } from '@/lib/loans/schema';

const LIST_PATH = '/quan-tri/vay-von';
const CHECK = 'Vui lòng kiểm tra lại các trường được đánh dấu.';

const LOAN_FIELDS = {
  fund: true,
  organizationId: true,
  contractNumber: true,
  principal: true,
  outstanding: true,
  overdue: true,
  interestRate: true,
  purpose: true,
  disbursedOn: true,
  maturesOn: true,
  repaidOn: true,
} as const;

async function borrowerMissing(input: LoanInput): Promise<boolean> {
  return (await prisma.organization.count({ where: { id: input.organizationId, deletedAt: null } })) === 0;
}

function refresh(organizationIds: number[]): void {
  revalidatePath(LIST_PATH);
  revalidatePath('/quan-tri/ke-hoach');
  expireStatsTags('support', 'plans');
  for (const id of new Set(organizationIds)) revalidatePath(`/quan-tri/to-chuc/${id}`);
}

export async function createLoan(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const values = formValues(formData);
  const parsed = loanSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  if (await borrowerMissing(input)) return errorState(CHECK, { organizationId: 'Tổ chức này không còn trong sổ đăng ký: hãy chọn lại.' }, values);

  await prisma.$transaction(async (tx) => {
    const loan = await tx.loan.create({ data: input, select: { id: true } });
    await recordAudit(tx, { userId: user.id, action: 'loan.create', entity: 'Loan', entityId: String(loan.id), after: auditValue(input) as Prisma.InputJsonObject });
  });
  refresh([input.organizationId]);
  redirect(`${LIST_PATH}?thong-bao=da-them`);
}

export async function updateLoan(id: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const values = formValues(formData);
  const parsed = loanSchema.safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const input = parsed.data;
  if (await borrowerMissing(input)) return errorState(CHECK, { organizationId: 'Tổ chức này không còn trong sổ đăng ký: hãy chọn lại.' }, values);

  const before = await prisma.$transaction(async (tx) => {
    const row = await tx.loan.findUnique({ where: { id }, select: LOAN_FIELDS });
    if (!row) return null;
    const diff = auditDiff(row as Record<string, unknown>, input);
    await tx.loan.update({ where: { id }, data: input });
    if (Object.keys(diff.after).length > 0) await recordAudit(tx, { userId: user.id, action: 'loan.update', entity: 'Loan', entityId: String(id), ...diff });
    return row;
  });
  if (!before) return errorState('Khoản vay này không còn (có thể đã bị xóa).', {}, values);
  refresh([before.organizationId, input.organizationId]);
  redirect(`${LIST_PATH}?thong-bao=da-luu`);
}

export async function deleteLoan(id: number, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await requirePermission('support.manage');
  const removed = await prisma.$transaction(async (tx) => {
    const row = await tx.loan.findUnique({ where: { id }, select: LOAN_FIELDS });
    if (!row) return null;
    await tx.loan.delete({ where: { id } });
    await recordAudit(tx, { userId: user.id, action: 'loan.delete', entity: 'Loan', entityId: String(id), before: auditValue(row) as Prisma.InputJsonObject });
    return row;
  });
  if (!removed) return errorState('Khoản vay này không còn (có thể đã bị xóa).');
  refresh([removed.organizationId]);
  redirect(`${LIST_PATH}?thong-bao=da-xoa`);
}
