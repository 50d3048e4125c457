/**
 * SQL of the public directory list (builders for any client; lib/directory/queries.ts runs them).
 * Deleted organizations never appear. The text filter is the site search's match on the same
 * trigram index (lib/search/sql.ts).
 */
import { Prisma } from '@/lib/generated/prisma/client';
import { matchSql, ORGANIZATION_SEARCH, rankSql, type ResultOrder } from '@/lib/search/sql';

import type { DirectoryFilters } from './params';

/**
 * An organization lies in a former district when its unit is the district, one of the district's
 * own (pre-reform) communes, or a unit that succeeded either of them (UnitSuccession): the
 * communes of today that took over the district's territory on 1/7/2025.
 */
export function formerDistrictUnitsSql(districtId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT ${districtId}::int
    UNION SELECT u.id FROM "AdministrativeUnit" u WHERE u."parentId" = ${districtId}
    UNION SELECT s."successorId" FROM "UnitSuccession" s
           WHERE s."predecessorId" = ${districtId}
              OR s."predecessorId" IN (SELECT u.id FROM "AdministrativeUnit" u WHERE u."parentId" = ${districtId})`;
}

export function directoryWhereSql(f: DirectoryFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (f.q) conditions.push(matchSql(ORGANIZATION_SEARCH, f.q));
  if (f.kind) conditions.push(Prisma.sql`o."kind" = ${f.kind}::"OrgKind"`);
  if (f.sectorGroup) conditions.push(Prisma.sql`o."sectorGroup" = ${f.sectorGroup}::"SectorGroup"`);
  if (f.sector) conditions.push(Prisma.sql`o."sector" = ${f.sector}::"Sector"`);
  if (f.communeId !== undefined) conditions.push(Prisma.sql`o."unitId" = ${f.communeId}`);
  if (f.formerDistrictId !== undefined) conditions.push(Prisma.sql`o."unitId" IN (${formerDistrictUnitsSql(f.formerDistrictId)})`);
  if (f.statuses?.length) {
    conditions.push(Prisma.sql`o."status" IN (${Prisma.join(f.statuses.map((s) => Prisma.sql`${s}::"OrgStatus"`))})`);
  }
  if (f.ocopMinStars !== undefined) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "OcopProduct" p WHERE p."organizationId" = o.id AND p.stars >= ${f.ocopMinStars})`);
  }
  if (f.alliance?.length) {
    conditions.push(
      Prisma.sql`o."allianceMembership" IN (${Prisma.join(f.alliance.map((m) => Prisma.sql`${m}::"AllianceMembership"`))})`,
    );
  }
  return Prisma.join(conditions, ' AND ');
}

/** The number of organizations shown; with a text filter, counted up to `cap` (lib/search/sql.ts). */
export function directoryCountSql(f: DirectoryFilters, cap: number): Prisma.Sql {
  return f.q
    ? Prisma.sql`SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "Organization" o WHERE ${directoryWhereSql(f)} LIMIT ${cap}) m`
    : Prisma.sql`SELECT count(*)::int AS "total" FROM "Organization" o WHERE ${directoryWhereSql(f)}`;
}

export type DirectoryRow = {
  slug: string;
  name: string;
  kind: string;
  sector: string;
  status: string;
  allianceMembership: string;
  establishedOn: Date | null;
  unitLabel: string;
  ocopStars: number | null;
};

/**
 * One page of the list: with a text filter the best matches first (or, when it matches too much to
 * rank, by name along the slug index: see lib/search/sql.ts), otherwise organizations that still
 * exist first; then by name (the slug is the name without diacritics).
 */
export function directoryPageSql(f: DirectoryFilters, limit: number, offset: number, order: ResultOrder = 'ranked'): Prisma.Sql {
  if (f.q && order === 'plain') {
    // The page is chosen first, along the slug index, and only then joined (see resultsSql).
    return Prisma.sql`
      SELECT o.slug, o.name, o.kind::text AS "kind", o.sector::text AS "sector", o.status::text AS "status",
             o."allianceMembership"::text AS "allianceMembership", o."establishedOn",
             (u.type || ' ' || u.name) AS "unitLabel",
             (SELECT max(p.stars) FROM "OcopProduct" p WHERE p."organizationId" = o.id)::int AS "ocopStars"
        FROM (SELECT o.id, o.slug FROM "Organization" o WHERE ${directoryWhereSql(f)} ORDER BY o.slug LIMIT ${limit} OFFSET ${offset}) s
        JOIN "Organization" o ON o.id = s.id
        JOIN "AdministrativeUnit" u ON u.id = o."unitId"
       ORDER BY s.slug`;
  }
  const rank = f.q ? Prisma.sql`${rankSql(ORGANIZATION_SEARCH, f.q)} DESC,` : Prisma.empty;
  return pageSql(
    f,
    Prisma.sql`${rank} CASE o."status" WHEN 'ACTIVE' THEN 0 WHEN 'SUSPENDED' THEN 1 WHEN 'AWAITING_DISSOLUTION' THEN 1 ELSE 2 END, o.slug`,
    limit,
    offset,
  );
}

function pageSql(f: DirectoryFilters, orderBy: Prisma.Sql, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`
    SELECT o.slug, o.name, o.kind::text AS "kind", o.sector::text AS "sector", o.status::text AS "status",
           o."allianceMembership"::text AS "allianceMembership", o."establishedOn",
           (u.type || ' ' || u.name) AS "unitLabel",
           (SELECT max(p.stars) FROM "OcopProduct" p WHERE p."organizationId" = o.id)::int AS "ocopStars"
      FROM "Organization" o
      JOIN "AdministrativeUnit" u ON u.id = o."unitId"
     WHERE ${directoryWhereSql(f)}
     ORDER BY ${orderBy}
     LIMIT ${limit} OFFSET ${offset}`;
}
