import 'server-only';

import { notFound } from 'next/navigation';

import type { SessionUser } from '@/lib/auth/options';
import { organizationRoles, roleHas, type Permission } from '@/lib/auth/permissions';
import { can, requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';
import type { OrgKind, OrgStatus } from '@/lib/generated/prisma/enums';

const accessSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  unitId: true,
  status: true,
  establishedOn: true,
  successorId: true,
  version: true,
  deletedAt: true,
} as const;

export type OrganizationAccess = {
  user: SessionUser;
  org: {
    id: number;
    slug: string;
    name: string;
    kind: OrgKind;
    unitId: number;
    status: OrgStatus;
    establishedOn: Date | null;
    successorId: number | null;
    version: number;
    deletedAt: Date | null;
  };
};

/**
 * The guard of every page and action that touches one organization: the role must hold
 * `permission`, and the record must exist, not be deleted (only those who may delete see deleted
 * records, and only where `allowDeleted`) and lie within the user's scope. Anything else is a 404,
 * so that a district officer who guesses another unit's id learns nothing, not even that it exists.
 * An organization's representative passes only for its own organization (User.organizationId).
 */
export async function requireOrganization(
  permission: Permission,
  id: number | null,
  options: { allowDeleted?: boolean } = {},
): Promise<OrganizationAccess> {
  const user = await requirePermission(permission);
  if (id == null) notFound();
  const org = await prisma.organization.findUnique({ where: { id }, select: accessSelect });
  if (!org) notFound();
  if (org.deletedAt && !(options.allowDeleted && roleHas(user.role, 'organization.delete'))) notFound();
  if (organizationRoles.includes(user.role)) {
    if (org.id !== user.organizationId || org.deletedAt) notFound();
  } else if (!(await can(user, permission, org.unitId))) notFound();
  return { user, org };
}
