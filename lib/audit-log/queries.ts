import 'server-only';

import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { firstParam, pageWindow, parsePage, toPaged } from '@/lib/pagination';
import { parseIsoDate } from '@/lib/units/dates';
import { unitLabel } from '@/lib/units/labels';

import { collectAuditRefs, type AuditRefs } from './format';

export const AUDIT_PER_PAGE = 50;

export type AuditFilters = {
  page: number;
  userId?: number;
  entity?: string;
  entityId?: string;
  action?: string;
  /** "YYYY-MM-DD", days in Vietnam's time zone, both inclusive. */
  from?: string;
  to?: string;
};

type Params = Record<string, string | string[] | undefined>;

/**
 * Filters from the URL: ?nguoi-dung=3&doi-tuong=User&ma=12&thao-tac=user.update&tu-ngay=…&den-ngay=….
 * Values that are not of the expected shape are dropped, never passed to the database.
 */
export function parseAuditFilters(params: Params): AuditFilters {
  const user = firstParam(params['nguoi-dung']);
  const entity = firstParam(params['doi-tuong']);
  const entityId = firstParam(params.ma);
  const action = firstParam(params['thao-tac']);
  const from = firstParam(params['tu-ngay']);
  const to = firstParam(params['den-ngay']);
  return {
    page: parsePage(params.trang),
    userId: user && /^\d{1,9}$/.test(user) ? Number(user) : undefined,
    entity: entity && /^[A-Za-z]{1,60}$/.test(entity) ? entity : undefined,
    entityId: entityId && /^[\w@.+-]{1,200}$/.test(entityId) ? entityId : undefined,
    action: action && /^[A-Za-z][\w.]{0,79}$/.test(action) ? action : undefined,
    from: from && parseIsoDate(from) ? from : undefined,
    to: to && parseIsoDate(to) ? to : undefined,
  };
}

/** Start of a Vietnamese calendar day (UTC+7, no daylight saving) as an instant. */
const startOfVietnamDay = (day: string) => new Date(`${day}T00:00:00+07:00`);

export function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = startOfVietnamDay(filters.from);
  if (filters.to) createdAt.lt = new Date(startOfVietnamDay(filters.to).getTime() + 86_400_000);
  return {
    ...(filters.userId ? { userId: filters.userId } : {}),
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

/** One page of audit rows, newest first, with the names of the users and units their values mention. */
export async function getAuditPage(filters: AuditFilters) {
  const where = auditWhere(filters);
  const [items, total] = await Promise.all([
    prisma.auditLog.findMany({
      where,
      select: {
        id: true,
        action: true,
        entity: true,
        entityId: true,
        before: true,
        after: true,
        ip: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageWindow(filters.page, AUDIT_PER_PAGE),
    }),
    prisma.auditLog.count({ where }),
  ]);
  const refs = await loadAuditRefs(items);
  return { ...toPaged(items, total, filters.page, AUDIT_PER_PAGE), refs };
}

export async function loadAuditRefs(rows: { entity: string; before: unknown; after: unknown }[]): Promise<AuditRefs> {
  const { userIds, unitIds } = collectAuditRefs(rows);
  const [users, units] = await Promise.all([
    userIds.length ? prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [],
    unitIds.length ? prisma.administrativeUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, type: true } }) : [],
  ]);
  return {
    users: new Map(users.map((u) => [u.id, u.name])),
    units: new Map(units.map((u) => [u.id, unitLabel(u)])),
  };
}

/** Choices for the filter form: every user, and the entities and actions that occur in the log. */
export async function getAuditFilterOptions() {
  const [users, entities, actions] = await Promise.all([
    prisma.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
    // groupBy is SQL GROUP BY; findMany's `distinct` would read every row into memory.
    prisma.auditLog.groupBy({ by: ['entity'], orderBy: { entity: 'asc' } }),
    prisma.auditLog.groupBy({ by: ['action', 'entity'], orderBy: [{ action: 'asc' }, { entity: 'asc' }] }),
  ]);
    const seen = new Set<string>();
  return {
    users,
    entities: entities.map((e) => e.entity),
    // One choice per action; the entity only names it ("Sửa tổ chức").
    actions: actions.filter((a) => !seen.has(a.action) && seen.add(a.action)),
  };
}
