import 'server-only';

import { prisma } from '@/lib/db';

import { adminRuleDefinition } from './definitions';

const RULE_FIELDS = {
  id: true,
  code: true,
  target: true,
  orgKinds: true,
  severity: true,
  message: true,
  params: true,
  legalBasis: true,
  active: true,
  updatedAt: true,
} as const;

/** Every rule in the table, with what the application knows about its code. */
export async function getRules() {
  const rows = await prisma.validationRule.findMany({ select: RULE_FIELDS, orderBy: [{ target: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => ({ ...r, definition: adminRuleDefinition(r.code) ?? null }));
}

export async function getRule(id: number) {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const row = await prisma.validationRule.findUnique({ where: { id }, select: RULE_FIELDS });
  return row ? { ...row, definition: adminRuleDefinition(row.code) ?? null } : null;
}
