import type { Db } from '@/lib/db';
import { permissions } from '@/lib/auth/permissions';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

type Client = Pick<Db, 'notification' | 'user'> | Prisma.TransactionClient;

export type NewNotification = { kind: string; title: string; link?: string | null };

/**
 * Notifications are written in the transaction of the change they announce, so a refused or
 * failed change never leaves one behind. The actor is never told about their own action.
 */
export async function notifyUsers(db: Client, userIds: readonly (number | null | undefined)[], note: NewNotification, actorId?: number | null): Promise<number> {
  const ids = [...new Set(userIds.filter((id): id is number => typeof id === 'number' && id !== actorId))];
  if (ids.length === 0) return 0;
  const { count } = await db.notification.createMany({
    data: ids.map((userId) => ({ userId, kind: note.kind, title: note.title.slice(0, 500), link: note.link ?? null })),
  });
  return count;
}

/** Active users whose role holds a permission (e.g. everyone who may publish articles). */
export async function usersWithPermission(db: Client, permission: keyof typeof permissions): Promise<number[]> {
  const roles = [...(permissions[permission] as readonly Role[])];
  const rows = await db.user.findMany({ where: { active: true, role: { in: roles } }, select: { id: true } });
  return rows.map((r) => r.id);
}
