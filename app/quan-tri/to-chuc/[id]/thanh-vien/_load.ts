import 'server-only';

import { notFound } from 'next/navigation';

import type { SessionUser } from '@/lib/auth/options';
import { can, requirePermission } from '@/lib/auth/session';
import { getOrganizationForMembers, parseRecordId } from '@/lib/members/queries';

/**
 * The organization of a member page, after the checks every such page makes: a real id, an
 * organization that is not deleted, and one the user may read (a district officer: only in their
 * unit, else 403). `canEdit` decides whether the forms are shown; the actions check again.
 */
export async function loadMembersOrganization(user: SessionUser, idText: string) {
  const id = parseRecordId(idText);
  const org = id ? await getOrganizationForMembers(id) : null;
  if (!org || org.deletedAt) notFound();
  await requirePermission('organization.read', org.unitId);
  const canEdit = await can(user, 'organization.update', org.unitId);
  return { org, canEdit };
}
