import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { Role } from '@/lib/generated/prisma/enums';
import { firstParam, pageWindow, parsePage, toPaged } from '@/lib/pagination';

import { hashInvitationToken, isWellFormedToken } from './credentials';
import { cleanLine } from '@/lib/validation/control-chars';

export const USERS_PER_PAGE = 25;

export type UserFilters = { page: number; role?: Role; unitId?: number; active?: boolean; q?: string };

type Params = Record<string, string | string[] | undefined>;

/** The list's filters from the URL (?vai-tro=STAFF&don-vi=12&trang-thai=khoa&q=…); anything malformed is ignored. */
export function parseUserFilters(params: Params): UserFilters {
  const role = firstParam(params['vai-tro']);
  const unit = firstParam(params['don-vi']);
  const state = firstParam(params['trang-thai']);
  const q = cleanLine(firstParam(params.q) ?? '').trim().slice(0, 100);
  return {
    page: parsePage(params.trang),
    role: role && Object.hasOwn(Role, role) ? (role as Role) : undefined,
    unitId: unit && /^\d{1,9}$/.test(unit) ? Number(unit) : undefined,
    active: state === 'hoat-dong' ? true : state === 'khoa' ? false : undefined,
    q: q || undefined,
  };
}

export async function getUsersPage(filters: UserFilters) {
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.active !== undefined ? { active: filters.active } : {}),
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: 'insensitive' as const } },
            { email: { contains: filters.q.toLowerCase() } },
          ],
        }
      : {}),
  };
  const [items, total] = await Promise.all([
    prisma.user.findMany({
      where,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        mustChangePassword: true,
        lastLoginAt: true,
        unit: { select: { type: true, name: true } },
        organization: { select: { id: true, name: true } },
      },
      orderBy: [{ active: 'desc' }, { role: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      ...pageWindow(filters.page, USERS_PER_PAGE),
    }),
    prisma.user.count({ where }),
  ]);
  return toPaged(items, total, filters.page, USERS_PER_PAGE);
}

export async function getUserDetail(id: number) {
  const user = await prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      unitId: true,
      active: true,
      mustChangePassword: true,
      passwordChangedAt: true,
      lastLoginAt: true,
      createdAt: true,
      unit: { select: { type: true, name: true } },
      organization: { select: { id: true, name: true } },
      invitations: {
        where: { usedAt: null, expiresAt: { gt: new Date() } },
        select: { expiresAt: true },
        orderBy: { createdAt: 'desc' },
        take: 1,
      },
    },
  });
  if (!user) return null;
  const { invitations, ...rest } = user;
  return { ...rest, pendingInvitationExpiresAt: invitations[0]?.expiresAt ?? null };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

/** Users who can be given feedback to answer (feedback.manage roles), active ones only. */
export async function getFeedbackAssignees() {
  return prisma.user.findMany({
    where: { active: true, role: { in: ['ADMIN', 'EDITOR', 'STAFF'] } },
    select: { id: true, name: true, role: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

export type InvitationLookup =
  | { status: 'valid'; invitationId: number; user: { id: number; name: string; email: string } }
  | { status: 'invalid' | 'used' | 'expired' };

/** What an invitation token opens: the invitee, or why it opens nothing. */
export async function findInvitation(token: string, now: Date = new Date()): Promise<InvitationLookup> {
  if (!isWellFormedToken(token)) return { status: 'invalid' };
  const invitation = await prisma.userInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, usedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, active: true } } },
  });
  if (!invitation || !invitation.user.active) return { status: 'invalid' };
  if (invitation.usedAt) return { status: 'used' };
  if (invitation.expiresAt <= now) return { status: 'expired' };
  const { id, name, email } = invitation.user;
  return { status: 'valid', invitationId: invitation.id, user: { id, name, email } };
}
