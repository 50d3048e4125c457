import 'server-only';

import type { Db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

import { evaluateMembershipRules, type MembershipState, type RuleOutcome, type RuleRow } from './membership';

type Reader = Db | Prisma.TransactionClient;

/** The membership rules as the table holds them (active or not; evaluation filters). */
export async function loadMembershipRules(db: Reader): Promise<RuleRow[]> {
  return db.validationRule.findMany({
    where: { target: 'MEMBERSHIP' },
    select: { id: true, code: true, severity: true, message: true, params: true, orgKinds: true, active: true, legalBasis: true },
    orderBy: { id: 'asc' },
  });
}

/** An organization's members with what each has contributed, as the rules read them. */
export async function loadMembershipState(db: Reader, organizationId: number): Promise<MembershipState | null> {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { kind: true, charterCapital: true } });
  if (!org) return null;
  const [members, sums] = await Promise.all([
    db.member.findMany({
      where: { organizationId },
      select: { id: true, name: true, kind: true, type: true, leftOn: true },
      orderBy: { id: 'asc' },
    }),
    db.capitalContribution.groupBy({ by: ['memberId'], where: { organizationId }, _sum: { amount: true } }),
  ]);
  const contributed = new Map(sums.map((s) => [s.memberId, s._sum.amount ?? 0n]));
  return {
    kind: org.kind,
    charterCapital: org.charterCapital,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      type: m.type,
      current: m.leftOn == null,
      contributed: contributed.get(m.id) ?? 0n,
    })),
  };
}

/** Where an organization stands on every membership rule today (for the member page). */
export async function getMembershipRuleStatus(db: Reader, organizationId: number): Promise<RuleOutcome[]> {
  const [rules, state] = await Promise.all([loadMembershipRules(db), loadMembershipState(db, organizationId)]);
  return state ? evaluateMembershipRules(rules, state) : [];
}
