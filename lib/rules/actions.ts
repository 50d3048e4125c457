'use server';

import { revalidatePath } from 'next/cache';

import { type ActionState, errorState, formValues, invalidState } from '@/lib/actions/state';
import { auditDiff, recordAudit } from '@/lib/audit';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { requestIp } from '@/lib/members/mutation';

import { adminRuleDefinition } from './definitions';
import { ruleFormSchema } from './schema';

/**
 * An admin retunes a rule: message, severity, parameters, active. The checks read the row on every
 * change they guard, so the new behaviour applies from the next save; nothing public shows rules.
 */
export async function updateRule(ruleId: number, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requirePermission('rule.manage');
  const values = formValues(formData);
  const rule = Number.isSafeInteger(ruleId) ? await prisma.validationRule.findUnique({ where: { id: ruleId } }) : null;
  if (!rule) return errorState('Không tìm thấy quy tắc.', {}, values);
  const def = adminRuleDefinition(rule.code);
  if (!def) return errorState('Phần mềm không có phép kiểm tra cho mã quy tắc này nên không thể sửa tham số.', {}, values);
  const parsed = ruleFormSchema(def).safeParse(values);
  if (!parsed.success) return invalidState(parsed.error, values);
  const next = parsed.data;
  const ip = await requestIp();

  const before = { message: rule.message, severity: rule.severity, active: rule.active, legalBasis: rule.legalBasis, params: rule.params };
  const diff = auditDiff(before, next);
  if (Object.keys(diff.after).length === 0) return { status: 'success', message: 'Không có thay đổi nào để lưu.', values };
  await prisma.$transaction(async (tx) => {
    await tx.validationRule.update({ where: { id: rule.id }, data: { ...next, params: next.params as Prisma.InputJsonValue } });
    await recordAudit(tx, { userId: user.id, action: 'rule.update', entity: 'ValidationRule', entityId: String(rule.id), ...diff, ip });
  });
  revalidatePath('/quan-tri/quy-tac', 'layout');
  // Member pages show each organization's standing on the rules.
  revalidatePath('/quan-tri/to-chuc', 'layout');
  return { status: 'success', message: 'Đã lưu quy tắc.', values };
}
