import 'server-only';

import { notFound } from 'next/navigation';

import type { SessionUser } from '@/lib/auth/options';
import { organizationRoles, scopedRoles, type Permission } from '@/lib/auth/permissions';
import { can, requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { OrgKind, OrgStatus } from '@/lib/generated/prisma/enums';

const select = { id: true, name: true, kind: true, unitId: true, status: true, establishedOn: true, deletedAt: true } as const;

export type RatingAccess = {
  user: SessionUser;
  org: { id: number; name: string; kind: OrgKind; unitId: number; status: OrgStatus; establishedOn: Date | null };
};

/**
 * The guard of the self-assessment pages and actions: the role holds `permission`, the organization
 * exists and is not deleted, and it lies in the user's scope: its own organization for a
 * representative, the user's unit for a district officer. Anything else is a 404, as in
 * requireOrganization (lib/organizations/access.ts), which does not yet know representatives.
 */
export async function requireRatingOrganization(permission: Permission, id: number | null): Promise<RatingAccess> {
  const user = await requirePermission(permission);
  if (id == null) notFound();
  const org = await prisma.organization.findUnique({ where: { id }, select });
  if (!org || org.deletedAt) notFound();
  if (organizationRoles.includes(user.role)) {
    if (user.organizationId !== org.id) notFound();
  } else if (!(await can(user, permission, org.unitId))) {
    notFound();
  }
  const { deletedAt: _deleted, ...rest } = org;
  return { user, org: rest };
}

/** What a list of assessments is limited to for this user. */
export type RatingScope = { unitId: number | null; organizationId: number | null };

export function ratingScopeOf(user: Pick<SessionUser, 'role' | 'unitId' | 'organizationId'>): RatingScope {
  if (organizationRoles.includes(user.role)) return { unitId: null, organizationId: user.organizationId ?? -1 };
  return { unitId: scopedRoles.includes(user.role) ? (user.unitId ?? -1) : null, organizationId: null };
}
