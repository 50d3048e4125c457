import 'server-only';

import { prisma } from '@/lib/db';
import { pageWindow, toPaged } from '@/lib/pagination';

export const NOTIFICATIONS_PER_PAGE = 20;

export async function countUnreadNotifications(userId: number): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

/** The user's notifications, unread first, then newest first. */
export async function getNotifications(userId: number, page: number, unreadOnly = false) {
  const where = { userId, ...(unreadOnly ? { readAt: null } : {}) };
  const [items, total] = await Promise.all([
    prisma.notification.findMany({
      where,
      select: { id: true, kind: true, title: true, link: true, readAt: true, createdAt: true },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(page, NOTIFICATIONS_PER_PAGE),
    }),
    prisma.notification.count({ where }),
  ]);
  return toPaged(items, total, page, NOTIFICATIONS_PER_PAGE);
}
