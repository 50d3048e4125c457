import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { RuleRow } from '@/lib/rules/membership';

import { REPORT_RULE_DEFAULTS } from './rule-defaults';
import { SHARED_REPORT_RULE_CODES } from './validate';

type Client = Db | Prisma.TransactionClient;

const SELECT = { id: true, code: true, severity: true, message: true, params: true, orgKinds: true, active: true, legalBasis: true } as const;

/**
 * The rules a report is checked against: every REPORT row, and the Law's rules shared with the
 * member register. A database seeded before the report rules existed gets the missing codes here
 * (never overwriting a row an admin edited), so no migration is needed.
 */
export async function loadReportRules(db: Client): Promise<RuleRow[]> {
  const where = { OR: [{ target: 'REPORT' as const }, { code: { in: [...SHARED_REPORT_RULE_CODES] } }] };
  let rows = await db.validationRule.findMany({ where, select: SELECT, orderBy: { id: 'asc' } });
  const have = new Set(rows.map((r) => r.code));
  const missing = REPORT_RULE_DEFAULTS.filter((r) => !have.has(r.code));
  if (missing.length > 0) {
    await db.validationRule.createMany({ data: missing.map((r) => ({ ...r })), skipDuplicates: true });
    rows = await db.validationRule.findMany({ where, select: SELECT, orderBy: { id: 'asc' } });
  }
  return rows;
}
