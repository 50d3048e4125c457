import 'server-only';

/** Reads of support activities (lists filtered in SQL, one activity, the organization picker). */
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { likePattern } from '@/lib/organizations/filters';
import { unitFilterSql } from '@/lib/units/subtree';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';
import type { SupportFilters } from '@/lib/support/filters';

export const ACTIVITIES_PER_PAGE = 25;

function whereSql(f: SupportFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.kind) parts.push(Prisma.sql`a.kind = ${f.kind}::"SupportKind"`);
  if (f.year) parts.push(Prisma.sql`a."startsOn" >= make_date(${f.year}::int, 1, 1) AND a."startsOn" < make_date(${f.year}::int + 1, 1, 1)`);
  if (f.unitId) {
    // Held in the unit, or serving one of its organizations.
    parts.push(Prisma.sql`(a."unitId" IN (${unitFilterSql(f.unitId)}) OR EXISTS (
      SELECT 1 FROM "SupportActivityOrganization" sao JOIN "Organization" so ON so.id = sao."organizationId"
      WHERE sao."activityId" = a.id AND so."unitId" IN (${unitFilterSql(f.unitId)})))`);
  }
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(Prisma.sql`(unaccent(a.title) ILIKE unaccent(${pattern}::text) OR unaccent(coalesce(a.location, '')) ILIKE unaccent(${pattern}::text))`);
  }
  return Prisma.join(parts, ' AND ');
}

async function matchingIds(f: SupportFilters, window?: { skip: number; take: number }): Promise<number[]> {
  const limit = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT a.id FROM "SupportActivity" a WHERE ${whereSql(f)} ORDER BY a."startsOn" DESC, a.id DESC ${limit}`;
  return rows.map((r) => r.id);
}

const listSelect = {
  id: true,
  kind: true,
  title: true,
  startsOn: true,
  endsOn: true,
  location: true,
  attendees: true,
  cost: true,
  fundingSource: true,
  unit: { select: { type: true, name: true } },
  _count: { select: { organizations: true } },
} satisfies Prisma.SupportActivitySelect;

export type SupportListRow = Prisma.SupportActivityGetPayload<{ select: typeof listSelect }>;

function inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

export async function getSupportList(f: SupportFilters, pageSize = ACTIVITIES_PER_PAGE): Promise<Paged<SupportListRow> & { attendees: number }> {
  const [totals] = await prisma.$queryRaw<{ n: number; attendees: number }[]>`
    SELECT count(*)::int AS n, coalesce(sum(a.attendees), 0)::int AS attendees FROM "SupportActivity" a WHERE ${whereSql(f)}`;
  const total = totals?.n ?? 0;
  const page = Math.min(f.page, Math.max(1, Math.ceil(total / pageSize)));
  const ids = total > 0 ? await matchingIds(f, pageWindow(page, pageSize)) : [];
  const rows = ids.length ? await prisma.supportActivity.findMany({ where: { id: { in: ids } }, select: listSelect }) : [];
  return { ...toPaged(inOrder(ids, rows), total, page, pageSize), attendees: totals?.attendees ?? 0 };
}

const exportSelect = {
  ...listSelect,
  description: true,
  organizations: { select: { organization: { select: { name: true } } }, orderBy: { organization: { name: 'asc' } } },
} satisfies Prisma.SupportActivitySelect;

export type SupportExportRow = Prisma.SupportActivityGetPayload<{ select: typeof exportSelect }>;

export async function getSupportForExport(f: SupportFilters): Promise<SupportExportRow[]> {
  const ids = await matchingIds(f);
  if (ids.length === 0) return [];
  return inOrder(ids, await prisma.supportActivity.findMany({ where: { id: { in: ids } }, select: exportSelect }));
}

export async function getSupportActivity(id: number) {
  return prisma.supportActivity.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      title: true,
      startsOn: true,
      endsOn: true,
      location: true,
      unitId: true,
      attendees: true,
      cost: true,
      fundingSource: true,
      description: true,
      createdAt: true,
      updatedAt: true,
      unit: { select: { type: true, name: true } },
      organizations: {
        select: { organization: { select: { id: true, name: true, kind: true, deletedAt: true, unit: { select: { type: true, name: true } } } } },
        orderBy: { organization: { name: 'asc' } },
      },
    },
  });
}

export type PickedOrganization = { id: number; name: string; detail: string };

/**
 * Organizations for the picker: name, short name or registration number, with or without
 * diacritics; existing (not deleted) ones, at most 20.
 */
export async function searchOrganizations(q: string, limit = 20): Promise<PickedOrganization[]> {
  const pattern = likePattern(q);
  const rows = await prisma.$queryRaw<{ id: number; name: string; unit: string; kind: string }[]>`
    SELECT o.id, o.name, u.type || ' ' || u.name AS unit, o.kind::text AS kind
    FROM "Organization" o JOIN "AdministrativeUnit" u ON u.id = o."unitId"
    WHERE o."deletedAt" IS NULL AND (
      unaccent(o.name) ILIKE unaccent(${pattern}::text)
      OR unaccent(coalesce(o."shortName", '')) ILIKE unaccent(${pattern}::text)
      OR coalesce(o."registrationNumber", '') ILIKE ${pattern})
    ORDER BY (o.status = 'ACTIVE') DESC, lower(unaccent(o.name)), o.id
    LIMIT ${limit}`;
  return rows.map((r) => ({ id: r.id, name: r.name, detail: r.unit }));
}

/** The picker's starting selection (names of the ids a form holds). */
export async function pickedOrganizations(ids: number[]): Promise<PickedOrganization[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, unit: { select: { type: true, name: true } } } });
  return inOrder(ids, rows).map((o) => ({ id: o.id, name: o.name, detail: `${o.unit.type} ${o.unit.name}` }));
}
