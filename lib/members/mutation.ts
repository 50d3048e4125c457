import 'server-only';

import { headers } from 'next/headers';

import type { SessionUser } from '@/lib/auth/options';
import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { loadMembershipRules, loadMembershipState } from '@/lib/rules/check';
import { compareOutcomes, evaluateMembershipRules, type Violation } from '@/lib/rules/membership';

/**
 * The frame of every change to an organization's members and capital: the caller's right to edit
 * that organization (its unit, read from the database, never from the form), one transaction that
 * locks the organization, makes the change, checks the Law's rules on the result and writes the
 * audit row, and a rollback when a blocking rule is broken.
 */

export type EditableOrganization = { id: number; name: string; slug: string; unitId: number };

export type OrganizationAccess =
  | { ok: true; user: SessionUser; organization: EditableOrganization }
  | { ok: false; message: string };

/**
 * Guards an action on organization `organizationId`: the role first (before anything is read),
 * then the organization's own unit for scoped roles. A soft-deleted organization is not editable.
 */
export async function requireEditableOrganization(organizationId: number): Promise<OrganizationAccess> {
  await requirePermission('organization.update');
  const organization = Number.isSafeInteger(organizationId)
    ? await prisma.organization.findUnique({
        where: { id: organizationId },
        select: { id: true, name: true, slug: true, unitId: true, deletedAt: true },
      })
    : null;
  if (!organization) return { ok: false, message: 'Không tìm thấy tổ chức.' };
  const user = await requirePermission('organization.update', organization.unitId);
  if (organization.deletedAt) return { ok: false, message: 'Tổ chức này đã bị xoá nên không thể chỉnh sửa.' };
  const { deletedAt: _deleted, ...rest } = organization;
  return { ok: true, user, organization: rest };
}

/** Thrown inside the transaction to roll it back: a "block" rule refused the change. */
export class RuleBlockedError extends Error {
  constructor(readonly violations: Violation[]) {
    super(violations.map((v) => v.message).join(' '));
    this.name = 'RuleBlockedError';
  }
}

/** Thrown inside the transaction when the organization was deleted meanwhile. */
export class OrganizationGoneError extends Error {
  constructor() {
    super('Tổ chức này đã bị xoá nên không thể chỉnh sửa.');
    this.name = 'OrganizationGoneError';
  }
}

/** Thrown by a change to refuse with a message (and a field), rolling back. */
export class ChangeRefusedError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ChangeRefusedError';
  }
}

export type MembershipChangeResult<T> = { result: T; notes: Violation[] };

/**
 * Runs `change` in a transaction on the organization's membership. The organization row is locked
 * first (its version is bumped, so that an organization form opened before this change is seen as
 * stale), the rules are evaluated on the state before and after the change, and a blocking
 * violation the change introduces or worsens throws RuleBlockedError, which rolls everything back.
 */
export async function changeMembership<T>(
  organizationId: number,
  change: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<MembershipChangeResult<T>> {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.organization.updateMany({
      where: { id: organizationId, deletedAt: null },
      data: { version: { increment: 1 } },
    });
    if (locked.count === 0) throw new OrganizationGoneError();
    const rules = await loadMembershipRules(tx);
    const before = await loadMembershipState(tx, organizationId);
    const result = await change(tx);
    const after = await loadMembershipState(tx, organizationId);
    if (!before || !after) throw new OrganizationGoneError();
    const check = compareOutcomes(evaluateMembershipRules(rules, before), evaluateMembershipRules(rules, after));
    if (check.blocking.length > 0) throw new RuleBlockedError(check.blocking);
    return { result, notes: check.notes };
  });
}

/** "Lưu ý: …" appended to a success message for the rules that warn (and did not block). */
export function withNotes(message: string, notes: readonly Violation[]): string {
  if (notes.length === 0) return message;
  return `${message} Lưu ý: ${notes.map((n) => n.message).join(' ')}`;
}

/** The caller's address for the audit row (first hop of X-Forwarded-For, as the proxy sets it). */
export async function requestIp(): Promise<string | null> {
  try {
    const h = await headers();
    const forwarded = h.get('x-forwarded-for')?.split(',')[0]?.trim();
    return forwarded || h.get('x-real-ip') || null;
  } catch {
    return null;
  }
}
