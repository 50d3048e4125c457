import 'server-only';

import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { unitSubtreeSql } from '@/lib/units/subtree';
import { Prisma } from '@/lib/generated/prisma/client';
import { OrgKind, type PeriodKind } from '@/lib/generated/prisma/enums';

/**
 * Headline figures of the collective economy.
 *
 * - `active`: organizations whose current status is ACTIVE, counted by kind.
 * - `period` and `reported`: members, charter capital and farmed area summed over the reports of
 *   the most recent reporting period that has ended (endsOn <= today, Vietnam time) and has
 *   reports (a period that has just closed has none until organizations report), counting
 *   only organizations that were active at the end of that period (OrganizationReport.status,
 *   which records the status at the period's end). Members include THT tổ viên.
 *
 * With `withinUnitId` every figure is limited to that administrative unit and the units below it.
 */
export type HeadlineCounts = {
  active: Record<OrgKind, number>;
  period: { id: number; year: number; kind: PeriodKind; endsOn: Date } | null;
  reported: {
    organizations: number;
    members: number;
    charterCapital: bigint;
    landAreaHa: string;
    byKind: Record<OrgKind, { organizations: number; members: number; charterCapital: bigint }>;
  } | null;
};

function unitFilter(column: Prisma.Sql, withinUnitId: number | undefined): Prisma.Sql {
  if (withinUnitId === undefined) return Prisma.empty;
  return Prisma.sql`AND ${column} IN (${unitSubtreeSql(withinUnitId)})`;
}

function zeroByKind<T>(make: () => T): Record<OrgKind, T> {
  return Object.fromEntries(Object.values(OrgKind).map((k) => [k, make()])) as Record<OrgKind, T>;
}

export async function getHeadlineCounts(options: { withinUnitId?: number } = {}): Promise<HeadlineCounts> {
  const today = todayIsoInVietnam();
  const [activeRows, periodRows] = await Promise.all([
    prisma.$queryRaw<{ kind: OrgKind; n: number }[]>`
      SELECT o.kind::text AS kind, count(*)::int AS n
      FROM "Organization" o
      WHERE o.status = 'ACTIVE' AND o."deletedAt" IS NULL ${unitFilter(Prisma.sql`o."unitId"`, options.withinUnitId)}
      GROUP BY o.kind`,
    prisma.$queryRaw<{ id: number; year: number; kind: PeriodKind; endsOn: Date }[]>`
      SELECT p.id, p.year, p.kind::text AS kind, p."endsOn"
      FROM "ReportingPeriod" p
      WHERE p."endsOn" <= ${today}::date
        AND EXISTS (SELECT 1 FROM "OrganizationReport" r WHERE r."periodId" = p.id)
      ORDER BY p."endsOn" DESC
      LIMIT 1`,
  ]);

  const active = zeroByKind(() => 0);
  for (const row of activeRows) active[row.kind] = row.n;

  const period = periodRows[0] ?? null;
  if (!period) return { active, period: null, reported: null };

  // ROLLUP adds the all-kinds total as the row whose kind is null, so every sum stays in SQL.
  const reportRows = await prisma.$queryRaw<
    { kind: OrgKind | null; organizations: number; members: bigint; charterCapital: bigint; landAreaHa: string }[]
  >`
    SELECT o.kind::text AS kind,
           count(*)::int AS organizations,
           coalesce(sum(r.members), 0)::bigint AS members,
           coalesce(sum(r."charterCapital"), 0)::bigint AS "charterCapital",
           coalesce(sum(r."landAreaHa"), 0)::text AS "landAreaHa"
    FROM "OrganizationReport" r
    JOIN "Organization" o ON o.id = r."organizationId"
    WHERE r."periodId" = ${period.id}
      AND r.status = 'ACTIVE'
      AND o."deletedAt" IS NULL
      ${unitFilter(Prisma.sql`r."unitId"`, options.withinUnitId)}
    GROUP BY ROLLUP (o.kind)`;

  const byKind = zeroByKind(() => ({ organizations: 0, members: 0, charterCapital: 0n }));
  let total = { organizations: 0, members: 0, charterCapital: 0n, landAreaHa: '0.00' };
  for (const row of reportRows) {
    const figures = {
      organizations: row.organizations,
      members: Number(row.members),
      charterCapital: BigInt(row.charterCapital),
    };
    if (row.kind === null) total = { ...figures, landAreaHa: row.landAreaHa };
    else byKind[row.kind] = figures;
  }
  return { active, period, reported: { ...total, byKind } };
}
