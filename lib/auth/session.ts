import 'server-only';

import { getServerSession } from 'next-auth';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';

import { authOptions, type SessionUser } from '@/lib/auth/options';
import { organizationRoles, roleHas, scopedPermissions, scopedRoles, type Permission } from '@/lib/auth/permissions';
import { isUnitWithin } from '@/lib/auth/scope';
import { prisma } from '@/lib/db';

export type CurrentUser = SessionUser & {
  /** A one-time initial password is still in use: the user must choose their own first. */
  mustChangePassword: boolean;
};

/** Where a user with a one-time password is sent until they have chosen their own. */
export const CHANGE_PASSWORD_PATH = '/quan-tri/tai-khoan';

/**
 * The session user, re-read from the database so that a deactivated account or a changed role
 * takes effect at once rather than when the token expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, unitId: true, organizationId: true, active: true, mustChangePassword: true },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    unitId: user.unitId,
    organizationId: user.organizationId,
    mustChangePassword: user.mustChangePassword,
  };
});

/**
 * The signed-in user, whatever their password state. Pages and actions call requirePermission;
 * only the workspace layout, the own-account page and its action call this directly.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/dang-nhap');
  return user;
}

/**
 * The guard every workspace page and every mutation calls first. For scoped roles and scoped
 * permissions, unitId is the administrative unit of the record being touched.
 */
export async function requirePermission(permission: Permission, unitId?: number | null): Promise<CurrentUser> {
  const user = await requireUser();
  // Every workspace page and action passes here, so a one-time password cannot be used for
  // anything but choosing a new one (the layout alone would miss client-side navigations).
  if (user.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (!(await can(user, permission, unitId))) forbidden();
  return user;
}

export async function can(user: SessionUser, permission: Permission, unitId?: number | null): Promise<boolean> {
  if (!roleHas(user.role, permission)) return false;
  // A representative's scope is one organization, not a unit: checked by requireOrganization.
  // Asked about a unit, the answer is no; about the area in general, yes.
  if (organizationRoles.includes(user.role)) return unitId == null;
  if (!scopedRoles.includes(user.role) || !scopedPermissions.has(permission)) return true;
  if (user.unitId == null) return false;
  // Without a target unit the check is about the area in general (e.g. opening a list, which is
  // then filtered to the user's unit); with one, the unit must lie within the user's.
  if (unitId == null) return true;
  return isUnitWithin(prisma, unitId, user.unitId);
}
