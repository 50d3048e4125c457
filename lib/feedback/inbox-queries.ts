import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { FeedbackStatus } from '@/lib/generated/prisma/enums';
import { firstParam, pageWindow, parsePage, toPaged } from '@/lib/pagination';

import { normalizeFeedbackCode } from './code';
import { feedbackStatusSlugs } from './inbox-schema';
import { cleanLine } from '@/lib/validation/control-chars';

export const INBOX_PER_PAGE = 20;

export type InboxFilters = { page: number; status?: FeedbackStatus; q?: string; mine: boolean };

type Params = Record<string, string | string[] | undefined>;

export function parseInboxFilters(params: Params): InboxFilters {
  const status = firstParam(params['trang-thai']);
  const q = cleanLine(firstParam(params.q) ?? '').trim().slice(0, 100);
  return {
    page: parsePage(params.trang),
    status: status && Object.hasOwn(feedbackStatusSlugs, status) ? feedbackStatusSlugs[status] : undefined,
    q: q || undefined,
    mine: firstParam(params['phu-trach']) === 'toi',
  };
}

function inboxWhere(filters: InboxFilters, userId: number): Prisma.FeedbackWhereInput {
  const where: Prisma.FeedbackWhereInput = {};
  if (filters.status) where.status = filters.status;
  if (filters.mine) where.assignedToId = userId;
  if (filters.q) {
    const contains = { contains: filters.q, mode: 'insensitive' as const };
    const code = normalizeFeedbackCode(filters.q);
    where.OR = [
      { subject: contains },
      { name: contains },
      { email: contains },
      { phone: contains },
      { message: contains },
      ...(code ? [{ code }] : []),
    ];
  }
  return where;
}

/** Feedback of the inbox, newest first. Spam is left out unless asked for by its status. */
export async function getInboxPage(filters: InboxFilters, userId: number) {
  const where = inboxWhere(filters, userId);
  if (!filters.status) where.status = { not: 'SPAM' };
  const [items, total] = await Promise.all([
    prisma.feedback.findMany({
      where,
      select: {
        id: true,
        code: true,
        name: true,
        email: true,
        phone: true,
        subject: true,
        status: true,
        replyPublished: true,
        createdAt: true,
        assignedTo: { select: { id: true, name: true } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(filters.page, INBOX_PER_PAGE),
    }),
    prisma.feedback.count({ where }),
  ]);
  return toPaged(items, total, filters.page, INBOX_PER_PAGE);
}

/** How many feedback items are in each status (all five, zero included). */
export async function getFeedbackStatusCounts(): Promise<Record<FeedbackStatus, number>> {
  const rows = await prisma.feedback.groupBy({ by: ['status'], _count: { _all: true } });
  const counts: Record<FeedbackStatus, number> = { NEW: 0, IN_PROGRESS: 0, ANSWERED: 0, CLOSED: 0, SPAM: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

export async function getFeedbackDetail(id: number) {
  return prisma.feedback.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      name: true,
      email: true,
      phone: true,
      subject: true,
      message: true,
      status: true,
      reply: true,
      replyPublished: true,
      repliedAt: true,
      createdAt: true,
      updatedAt: true,
      assignedToId: true,
      assignedTo: { select: { id: true, name: true } },
      repliedBy: { select: { id: true, name: true } },
    },
  });
}

export type FeedbackDetail = NonNullable<Awaited<ReturnType<typeof getFeedbackDetail>>>;

/** The feedback's own audit rows, oldest first: its history on the detail page. */
export async function getFeedbackHistory(id: number) {
  return prisma.auditLog.findMany({
    where: { entity: 'Feedback', entityId: String(id) },
    select: { id: true, action: true, entity: true, before: true, after: true, createdAt: true, user: { select: { name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 200,
  });
}
