'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';

import { requirePermission } from '@/lib/auth/session';
import { prisma } from '@/lib/db';

/**
 * Reading one's own notifications. A notification belongs to one user: every action matches on
 * the signed-in user's id as well as the notification's, so an id from someone else's list does
 * nothing. Marking as read is not audited (it changes nothing anyone else sees).
 */

const LIST = '/quan-tri/thong-bao';

/** Only workspace paths are followed, never an address elsewhere. */
function safeLink(link: string | null): string {
  return link && /^\/quan-tri(\/[\w\-/?=&%.]*)?$/.test(link) ? link : LIST;
}

export async function openNotification(notificationId: number): Promise<void> {
  const me = await requirePermission('workspace.view');
  const note = await prisma.notification.findFirst({ where: { id: notificationId, userId: me.id }, select: { id: true, link: true, readAt: true } });
  if (!note) redirect(LIST);
  if (!note.readAt) await prisma.notification.update({ where: { id: note.id }, data: { readAt: new Date() } });
  revalidatePath('/quan-tri', 'layout');
  redirect(safeLink(note.link));
}

export async function markNotificationRead(notificationId: number): Promise<void> {
  const me = await requirePermission('workspace.view');
  await prisma.notification.updateMany({ where: { id: notificationId, userId: me.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath('/quan-tri', 'layout');
}

export async function markAllNotificationsRead(): Promise<void> {
  const me = await requirePermission('workspace.view');
  await prisma.notification.updateMany({ where: { userId: me.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath('/quan-tri', 'layout');
}
