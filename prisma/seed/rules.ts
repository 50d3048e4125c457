/**
 * The data-entry rules of the Law on Cooperatives 2023 (17/2023/QH15), as rows of ValidationRule.
 * lib/rules/membership.ts knows how to evaluate each code; thresholds, severity, wording and the
 * kinds of organization they apply to are here, and admins change them at /quan-tri/quy-tac.
 * Upserted by code, so running it again (tests, an existing database) adds what is missing and
 * leaves rules an admin has edited as they are.
 */
import type { OrgKind, RuleSeverity, RuleTarget } from '@/lib/generated/prisma/enums';

import { REPORT_RULE_DEFAULTS } from '@/lib/reports/rule-defaults';

import type { SeedClient } from './client';

export type SeedRule = {
  code: string;
  target: RuleTarget;
  orgKinds: OrgKind[];
  severity: RuleSeverity;
  message: string;
  params: Record<string, number>;
  legalBasis: string | null;
};

const LAW = 'Luật Hợp tác xã số 17/2023/QH15';

export const LAW_2023_RULES: readonly SeedRule[] = [
  {
    code: 'min_official_members',
    target: 'MEMBERSHIP',
    orgKinds: ['COOPERATIVE', 'CREDIT_FUND'],
    // A warning: a cooperative that falls below the minimum must still be kept up to date.
    severity: 'WARN',
    message: 'Hợp tác xã cần tối thiểu {min} thành viên chính thức (hiện có {actual}).',
    params: { min: 5 },
    legalBasis: `${LAW}, Điều 4 (hợp tác xã do ít nhất 05 thành viên chính thức thành lập)`,
  },
  {
    code: 'max_member_share',
    target: 'MEMBERSHIP',
    orgKinds: ['COOPERATIVE', 'CREDIT_FUND'],
    severity: 'BLOCK',
    message: 'Vốn góp của một thành viên không được vượt quá {max} vốn điều lệ ({limit}): {member} góp {amount} ({share}).',
    params: { max: 0.3 },
    legalBasis: `${LAW}, quy định về vốn góp của thành viên (tối đa 30% vốn điều lệ hợp tác xã)`,
  },
  {
    code: 'max_member_share_union',
    target: 'MEMBERSHIP',
    orgKinds: ['UNION'],
    severity: 'BLOCK',
    message: 'Vốn góp của một thành viên không được vượt quá {max} vốn điều lệ của liên hiệp ({limit}): {member} góp {amount} ({share}).',
    params: { max: 0.4 },
    legalBasis: `${LAW}, quy định về vốn góp của thành viên (tối đa 40% vốn điều lệ liên hiệp hợp tác xã)`,
  },
  {
    code: 'no_capital_for_associate_without_capital',
    target: 'MEMBERSHIP',
    orgKinds: [],
    severity: 'BLOCK',
    message: '{member} là thành viên liên kết không góp vốn nên không có vốn góp (đang ghi {amount}).',
    params: {},
    legalBasis: `${LAW}, Điều 4 (thành viên liên kết không góp vốn)`,
  },
  {
    code: 'union_min_member_cooperatives',
    target: 'MEMBERSHIP',
    orgKinds: ['UNION'],
    severity: 'WARN',
    message: 'Liên hiệp hợp tác xã cần tối thiểu {min} hợp tác xã thành viên chính thức (hiện có {actual}).',
    params: { min: 3 },
    legalBasis: `${LAW}, Điều 4 (liên hiệp hợp tác xã do ít nhất 03 hợp tác xã là thành viên chính thức thành lập)`,
  },
];

/** The checks of periodic reports (lib/reports/validate.ts knows how to evaluate each code). */
export const REPORT_RULES: readonly SeedRule[] = REPORT_RULE_DEFAULTS;

export const ALL_RULES: readonly SeedRule[] = [...LAW_2023_RULES, ...REPORT_RULES];

export async function seedRules(db: SeedClient): Promise<number> {
  for (const rule of ALL_RULES) {
    await db.validationRule.upsert({ where: { code: rule.code }, create: rule, update: {} });
  }
  return ALL_RULES.length;
}
