import 'server-only';

import { notFound } from 'next/navigation';

import type { SessionUser } from '@/lib/auth/options';
import { scopedRoles } from '@/lib/auth/permissions';
import { isUnitWithin } from '@/lib/auth/scope';
import { prisma } from '@/lib/db';

/**
 * The unit a reporting page looks at: `?don-vi=` when given, else the user's own unit for a
 * scoped role (a district officer), else null (the whole province). A unit outside the user's
 * scope, or one that does not exist, is a 404, as for a guessed organization id.
 */
export async function resolveReportUnit(user: Pick<SessionUser, 'role' | 'unitId'>, param: string | undefined): Promise<number | null> {
  const scope = scopedRoles.includes(user.role) ? user.unitId : null;
  if (scopedRoles.includes(user.role) && scope == null) notFound();
  if (!param) return scope;
  if (!/^\d{1,9}$/.test(param)) notFound();
  const unitId = Number(param);
  const exists = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { id: true } });
  if (!exists) notFound();
  if (scope != null && !(await isUnitWithin(prisma, unitId, scope))) notFound();
  return unitId;
}

export async function getUnitLabelOf(unitId: number | null): Promise<string | null> {
  if (unitId == null) return null;
  const u = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { type: true, name: true, parentId: true } });
  return u ? `${u.type} ${u.name}` : null;
}

/** The parent of a unit, unless it lies above the user's scope (the "up" link of a drill-down). */
export async function getParentWithinScope(unitId: number, scope: number | null): Promise<{ id: number | null } | null> {
  if (unitId === scope) return null;
  const u = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { parentId: true } });
  if (!u) return null;
  if (u.parentId == null) return scope == null ? { id: null } : null;
  // The province level is the root view itself (no ?don-vi=).
  const parent = await prisma.administrativeUnit.findUnique({ where: { id: u.parentId }, select: { id: true, parentId: true } });
  if (!parent) return null;
  if (scope == null && parent.parentId == null) return { id: null };
  return { id: parent.id };
}

/** Reads a numeric route segment; anything else is a 404. */
export function parseIdSegment(value: string): number {
  if (!/^\d{1,9}$/.test(value)) notFound();
  return Number(value);
}
