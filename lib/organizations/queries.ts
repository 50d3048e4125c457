import 'server-only';

/**
 * Reads of the register of organizations for the workspace. Every read that lists or opens
 * organizations takes the reader's scope (`scopeUnitId`: a district officer's unit, null for
 * province-wide roles) and applies it in SQL, so a page can never show what its reader may not see.
 * Soft-deleted organizations are left out everywhere except the admin's list of deleted records.
 */
import { scopedRoles } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/options';
import { prisma } from '@/lib/db';
import { formatDate, todayIsoInVietnam } from '@/lib/format/date';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgStatus } from '@/lib/generated/prisma/enums';
import { referencedIds, type AuditLookups } from '@/lib/organizations/fields';
import { likePattern, type OrganizationFilters } from '@/lib/organizations/filters';
import { EXISTING_STATUSES } from '@/lib/organizations/sectors';
import { organizationAuditSelect } from '@/lib/organizations/audit-select';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';
import { unitFilterSql, unitSubtreeSql } from '@/lib/units/subtree';

export const ORGANIZATIONS_PER_PAGE = 25;

/** The unit a user's reads and writes are limited to, or null for province-wide roles. */
export function scopeOf(user: Pick<SessionUser, 'role' | 'unitId'>): number | null {
  return scopedRoles.includes(user.role) ? user.unitId : null;
}

function whereSql(f: OrganizationFilters, scopeUnitId: number | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (scopeUnitId != null) parts.push(Prisma.sql`o."unitId" IN (${unitSubtreeSql(scopeUnitId)})`);
  if (f.unitId) parts.push(Prisma.sql`o."unitId" IN (${unitFilterSql(f.unitId)})`);
  if (f.kind) parts.push(Prisma.sql`o.kind = ${f.kind}::"OrgKind"`);
  if (f.sectorGroup) parts.push(Prisma.sql`o."sectorGroup" = ${f.sectorGroup}::"SectorGroup"`);
  if (f.sector) parts.push(Prisma.sql`o.sector = ${f.sector}::"Sector"`);
  if (f.status) parts.push(Prisma.sql`o.status = ${f.status}::"OrgStatus"`);
  if (f.alliance) parts.push(Prisma.sql`o."allianceMembership" = ${f.alliance}::"AllianceMembership"`);
  if (f.ocop !== undefined) {
    const exists = Prisma.sql`EXISTS (SELECT 1 FROM "OcopProduct" p WHERE p."organizationId" = o.id)`;
    parts.push(f.ocop ? exists : Prisma.sql`NOT ${exists}`);
  }
  if (f.q) {
    // unaccent() on both sides: "hop tac xa" finds "Hợp tác xã", "dong" finds "Đồng".
    const pattern = likePattern(f.q);
    parts.push(Prisma.sql`(
      unaccent(o.name) ILIKE unaccent(${pattern}::text)
      OR unaccent(coalesce(o."shortName", '')) ILIKE unaccent(${pattern}::text)
      OR coalesce(o."registrationNumber", '') ILIKE ${pattern}
      OR coalesce(o."taxCode", '') ILIKE ${pattern}
    )`);
  }
  return Prisma.join(parts, ' AND ');
}

function orderSql(f: OrganizationFilters): Prisma.Sql {
  const dir = Prisma.raw(f.direction === 'desc' ? 'DESC' : 'ASC');
  // The database collation may be "C" (embedded PGlite): sort on the unaccented name so that
  // "Đồng Tâm" sits among the D's, then on the name itself to keep a stable order.
  const byName = (d: Prisma.Sql) => Prisma.sql`lower(unaccent(o.name)) ${d}, o.name ${d}`;
  const asc = Prisma.raw('ASC');
  switch (f.sort) {
    case 'loai':
      return Prisma.sql`o.kind ${dir}, ${byName(asc)}`;
    case 'don-vi':
      return Prisma.sql`lower(unaccent(u.name)) ${dir}, ${byName(asc)}`;
    case 'thanh-lap':
      return Prisma.sql`o."establishedOn" ${dir} NULLS LAST, ${byName(asc)}`;
    case 'tinh-trang':
      return Prisma.sql`o.status ${dir}, ${byName(asc)}`;
    case 'von-dieu-le':
      return Prisma.sql`o."charterCapital" ${dir} NULLS LAST, ${byName(asc)}`;
    default:
      return byName(dir);
  }
}

async function matchingIds(f: OrganizationFilters, scopeUnitId: number | null, window?: { skip: number; take: number }) {
  const limit = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT o.id
    FROM "Organization" o JOIN "AdministrativeUnit" u ON u.id = o."unitId"
    WHERE ${whereSql(f, scopeUnitId)}
    ORDER BY ${orderSql(f)}, o.id
    ${limit}`;
  return rows.map((r) => r.id);
}

async function countMatching(f: OrganizationFilters, scopeUnitId: number | null): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Organization" o WHERE ${whereSql(f, scopeUnitId)}`;
  return row?.n ?? 0;
}

const listSelect = {
  id: true,
  slug: true,
  name: true,
  shortName: true,
  kind: true,
  sector: true,
  status: true,
  registrationNumber: true,
  establishedOn: true,
  charterCapital: true,
  unit: { select: { type: true, name: true, validTo: true } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationListRow = Prisma.OrganizationGetPayload<{ select: typeof listSelect }>;

function inOrder<T extends { id: number }>(ids: number[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => r !== undefined);
}

/** One page of the filtered, sorted list. A page past the end shows the last page. */
export async function getOrganizationList(
  f: OrganizationFilters,
  scopeUnitId: number | null,
  pageSize = ORGANIZATIONS_PER_PAGE,
): Promise<Paged<OrganizationListRow>> {
  const total = await countMatching(f, scopeUnitId);
  const page = Math.min(f.page, Math.max(1, Math.ceil(total / pageSize)));
  const ids = total > 0 ? await matchingIds(f, scopeUnitId, pageWindow(page, pageSize)) : [];
  const rows = ids.length > 0 ? await prisma.organization.findMany({ where: { id: { in: ids } }, select: listSelect }) : [];
  return toPaged(inOrder(ids, rows), total, page, pageSize);
}

const exportSelect = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  registrationNumber: true,
  taxCode: true,
  sector: true,
  sectorGroup: true,
  address: true,
  phone: true,
  email: true,
  website: true,
  leaderName: true,
  leaderTitle: true,
  establishedOn: true,
  charterCapital: true,
  status: true,
  allianceMembership: true,
  allianceJoinedOn: true,
  mainProducts: true,
  isNewModel: true,
  hasVietGap: true,
  hasGlobalGap: true,
  unit: { select: { type: true, name: true } },
  _count: { select: { ocopProducts: true } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationExportRow = Prisma.OrganizationGetPayload<{ select: typeof exportSelect }>;

/** Every row of the filtered list (no paging), in the list's order, for the spreadsheet. */
export async function getOrganizationsForExport(f: OrganizationFilters, scopeUnitId: number | null): Promise<OrganizationExportRow[]> {
  const ids = await matchingIds(f, scopeUnitId);
  if (ids.length === 0) return [];
  const rows = await prisma.organization.findMany({ where: { id: { in: ids } }, select: exportSelect });
  return inOrder(ids, rows);
}

// ───────────────────────────── Units ─────────────────────────────

export type UnitOption = { id: number; label: string; current: boolean };

const unitLabel = (u: { type: string; name: string }) => `${u.type} ${u.name}`;

/**
 * Units for the list's filter: today's units and former ones (closed by the 2025 reform), within
 * the reader's scope. Sorted as people expect: province first, then names in Vietnamese order.
 */
export async function getUnitOptions(scopeUnitId: number | null): Promise<UnitOption[]> {
  const today = new Date(`${todayIsoInVietnam()}T00:00:00Z`);
  const where: Prisma.AdministrativeUnitWhereInput =
    scopeUnitId == null ? {} : { id: { in: (await prisma.$queryRaw<{ id: number }[]>(unitSubtreeSql(scopeUnitId))).map((r) => r.id) } };
  const units = await prisma.administrativeUnit.findMany({
    where,
    select: { id: true, type: true, name: true, level: true, validTo: true },
  });
  const levelOrder = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 } as const;
  return units
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.name.localeCompare(b.name, 'vi') || a.id - b.id)
    .map((u) => {
      const current = u.validTo === null || u.validTo >= today;
      return { id: u.id, current, label: current ? unitLabel(u) : `${unitLabel(u)} (đến ${formatDate(u.validTo!)})` };
    });
}

/** Units an organization may be placed in: today's units within the user's scope. */
export async function getUnitChoices(scopeUnitId: number | null): Promise<UnitOption[]> {
  return (await getUnitOptions(scopeUnitId)).filter((u) => u.current);
}

export async function getUnitLabel(unitId: number): Promise<string | null> {
  const unit = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { type: true, name: true } });
  return unit ? unitLabel(unit) : null;
}

// ───────────────────────────── One organization ─────────────────────────────

const detailSelect = {
  id: true,
  ...organizationAuditSelect,
  createdAt: true,
  updatedAt: true,
  unit: { select: { id: true, type: true, name: true, validTo: true, parent: { select: { type: true, name: true } } } },
  successor: { select: { id: true, name: true, deletedAt: true } },
  predecessors: { where: { deletedAt: null }, select: { id: true, name: true, status: true }, orderBy: { name: 'asc' } },
  ocopProducts: { select: { id: true, name: true, stars: true, certifiedYear: true }, orderBy: { certifiedYear: 'desc' } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationDetail = Prisma.OrganizationGetPayload<{ select: typeof detailSelect }>;

/** The organization with everything its pages show, or null (no scope check: see access.ts). */
export async function getOrganizationDetail(id: number): Promise<OrganizationDetail | null> {
  return prisma.organization.findUnique({ where: { id }, select: detailSelect });
}

export async function getStatusHistory(organizationId: number) {
  return prisma.statusChange.findMany({
    where: { organizationId },
    select: {
      id: true,
      status: true,
      effectiveOn: true,
      reason: true,
      decisionNumber: true,
      correctedAt: true,
      createdAt: true,
      createdBy: { select: { name: true } },
    },
    orderBy: [{ effectiveOn: 'desc' }, { id: 'desc' }],
  });
}

export type StatusHistoryRow = Awaited<ReturnType<typeof getStatusHistory>>[number];

export const AUDIT_ROWS_SHOWN = 100;

/** The audit rows of one organization, newest first, with the names their values refer to. */
export async function getOrganizationAudit(organizationId: number) {
  const rows = await prisma.auditLog.findMany({
    where: { entity: 'Organization', entityId: String(organizationId) },
    select: { id: true, action: true, before: true, after: true, createdAt: true, user: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_ROWS_SHOWN,
  });
  const lookups = await auditLookups(rows);
  return { rows, lookups };
}

export async function auditLookups(rows: { before: unknown; after: unknown }[]): Promise<AuditLookups> {
  const { unitIds, organizationIds } = referencedIds(rows);
  const [units, orgs] = await Promise.all([
    unitIds.length ? prisma.administrativeUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, type: true, name: true } }) : [],
    organizationIds.length ? prisma.organization.findMany({ where: { id: { in: organizationIds } }, select: { id: true, name: true } }) : [],
  ]);
  return {
    units: new Map(units.map((u) => [u.id, unitLabel(u)])),
    organizations: new Map(orgs.map((o) => [o.id, o.name])),
  };
}

/**
 * Organizations that may succeed `org` (converted into, merged into): existing ones of the same
 * unit, plus one named explicitly (just created by the conversion flow) when the reader may see it.
 */
export async function getSuccessorCandidates(org: { id: number; unitId: number }, scopeUnitId: number | null, extraId?: number) {
  const scope: Prisma.OrganizationWhereInput =
    scopeUnitId == null ? {} : { unitId: { in: (await prisma.$queryRaw<{ id: number }[]>(unitSubtreeSql(scopeUnitId))).map((r) => r.id) } };
  return prisma.organization.findMany({
    where: {
      AND: [
        scope,
        { deletedAt: null, id: { not: org.id } },
        { OR: [{ unitId: org.unitId, status: { in: EXISTING_STATUSES as OrgStatus[] } }, ...(extraId ? [{ id: extraId }] : [])] },
      ],
    },
    select: { id: true, name: true, kind: true, registrationNumber: true },
    orderBy: [{ name: 'asc' }],
    take: 500,
  });
}

// ───────────────────────────── Deleted ─────────────────────────────

export async function getDeletedOrganizations(page: number, pageSize = ORGANIZATIONS_PER_PAGE) {
  const where: Prisma.OrganizationWhereInput = { deletedAt: { not: null } };
  const total = await prisma.organization.count({ where });
  const clamped = Math.min(page, Math.max(1, Math.ceil(total / pageSize)));
  const items = await prisma.organization.findMany({
    where,
    select: { id: true, name: true, kind: true, registrationNumber: true, deletedAt: true, unit: { select: { type: true, name: true } } },
    orderBy: [{ deletedAt: 'desc' }, { id: 'desc' }],
    ...pageWindow(clamped, pageSize),
  });
  return toPaged(items, total, clamped, pageSize);
}

/** Who holds a registration number (deleted records included: the number stays taken). */
export async function findRegistrationHolder(registrationNumber: string, exceptId?: number) {
  const holder = await prisma.organization.findUnique({
    where: { registrationNumber },
    select: { id: true, name: true, deletedAt: true },
  });
  return holder && holder.id !== exceptId ? holder : null;
}
