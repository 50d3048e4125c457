/**
 * Which organizations owe a report for a period, from their status history (StatusChange):
 * those founded on or before the period's end whose status on that day is active, suspended or
 * awaiting dissolution. One that was dissolved, merged, converted, revoked or went bankrupt during
 * or before the period is not expected (a dissolved cooperative never counts as missing); a
 * suspended one is expected and may file a nil report. Opening a period writes these expected
 * reports (state DRAFT, enteredAt null) in one INSERT … SELECT, with the unit and status as at the
 * period's end, so statistics by the units of that time need no reconstruction.
 */
import type { SessionUser } from '@/lib/auth/options';
import { roleHas } from '@/lib/auth/permissions';
import { recordAudit } from '@/lib/audit';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OrgStatus } from '@/lib/generated/prisma/enums';

type Tx = Prisma.TransactionClient;

/** Statuses on the period's end that make an organization owe a report. */
export const EXPECTED_STATUSES: readonly OrgStatus[] = ['ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION'];

/**
 * One row per organization that existed on the period's end (soft-deleted ones excluded), with its
 * status and unit on that day: organizationId, unitId, status. `orgFilter` narrows the
 * organizations (a condition on alias o).
 *
 * Status on the end: the latest StatusChange effective on or before it. Without one, an
 * organization founded by then is active (its history starts later, an entry gap); one with no
 * history and no founding date is taken as it stands today. Unit on the end: the organization's
 * unit when that unit was valid then, else the predecessor unit (UnitSuccession) valid then with
 * the largest share (a commune of today → its district before the 2025 reform), else today's unit.
 */
function atPeriodEndSql(periodId: number, orgFilter: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`
    WITH p AS (
      SELECT id, "startsOn", "endsOn" FROM "ReportingPeriod" WHERE id = ${periodId}
    ),
    last_change AS (
      SELECT DISTINCT ON (sc."organizationId") sc."organizationId", sc.status
      FROM "StatusChange" sc CROSS JOIN p
      WHERE sc."effectiveOn" <= p."endsOn"
      ORDER BY sc."organizationId", sc."effectiveOn" DESC, sc.id DESC
    ),
    with_history AS (
      SELECT DISTINCT "organizationId" FROM "StatusChange"
    )
    SELECT
      o.id AS "organizationId",
      COALESCE(
        (SELECT u.id FROM "AdministrativeUnit" u
          WHERE u.id = o."unitId" AND u."validFrom" <= p."endsOn" AND (u."validTo" IS NULL OR u."validTo" >= p."endsOn")),
        (SELECT s."predecessorId" FROM "UnitSuccession" s JOIN "AdministrativeUnit" pu ON pu.id = s."predecessorId"
          WHERE s."successorId" = o."unitId" AND pu."validFrom" <= p."endsOn" AND (pu."validTo" IS NULL OR pu."validTo" >= p."endsOn")
          ORDER BY s.share DESC NULLS LAST, s.id LIMIT 1),
        o."unitId"
      ) AS "unitId",
      COALESCE(lc.status, CASE WHEN wh."organizationId" IS NULL THEN o.status ELSE 'ACTIVE'::"OrgStatus" END) AS status
    FROM "Organization" o
    CROSS JOIN p
    LEFT JOIN last_change lc ON lc."organizationId" = o.id
    LEFT JOIN with_history wh ON wh."organizationId" = o.id
    WHERE o."deletedAt" IS NULL
      AND (${orgFilter})
      AND (
        o."establishedOn" <= p."endsOn"
        OR (o."establishedOn" IS NULL AND (lc."organizationId" IS NOT NULL OR wh."organizationId" IS NULL))
      )`;
}

/** The expected organizations of a period (see atPeriodEndSql), as SQL usable in a larger query. */
export function expectedOrganizationsSql(periodId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT e."organizationId", e."unitId", e.status
    FROM (${atPeriodEndSql(periodId)}) e
    WHERE e.status IN ('ACTIVE', 'SUSPENDED', 'AWAITING_DISSOLUTION')`;
}

/** An organization's unit and status at a period's end, or null when it did not exist yet. */
export async function placementAtPeriodEnd(tx: Tx, organizationId: number, periodId: number): Promise<{ unitId: number; status: OrgStatus } | null> {
  const rows = await tx.$queryRaw<{ unitId: number; status: OrgStatus }[]>(atPeriodEndSql(periodId, Prisma.sql`o.id = ${organizationId}`));
  return rows[0] ?? null;
}

export type RefreshResult = { added: number; removed: number; updated: number; total: number };

/**
 * Brings a period's expected reports in line with the register: adds the organizations now
 * expected, removes rows nobody entered anything into that are no longer expected (a status
 * corrected, an organization deleted), and moves never-entered rows to the unit and status as at
 * the end. Rows with figures are never touched.
 */
export async function refreshExpectedReports(tx: Tx, periodId: number): Promise<RefreshResult> {
  const expected = expectedOrganizationsSql(periodId);
  const added = await tx.$executeRaw`
    INSERT INTO "OrganizationReport" ("organizationId", "periodId", "unitId", status, state, "updatedAt")
    SELECT e."organizationId", ${periodId}::int, e."unitId", e.status, 'DRAFT', now()
    FROM (${expected}) e
    ON CONFLICT ("organizationId", "periodId") DO NOTHING`;
  const removed = await tx.$executeRaw`
    DELETE FROM "OrganizationReport" r
    WHERE r."periodId" = ${periodId} AND r."enteredAt" IS NULL AND r.state = 'DRAFT'
      AND NOT EXISTS (SELECT 1 FROM (${expected}) e WHERE e."organizationId" = r."organizationId")`;
  const updated = await tx.$executeRaw`
    UPDATE "OrganizationReport" r SET "unitId" = e."unitId", status = e.status, "updatedAt" = now()
    FROM (${expected}) e
    WHERE r."periodId" = ${periodId} AND r."organizationId" = e."organizationId" AND r."enteredAt" IS NULL
      AND (r."unitId" <> e."unitId" OR r.status <> e.status)`;
  const total = await tx.organizationReport.count({ where: { periodId } });
  return { added, removed, updated, total };
}

export type OpenPeriodResult = ({ ok: true; firstOpening: boolean } & RefreshResult) | { ok: false; message: string };

/**
 * Opens a period (or refreshes an open one): its expected reports are created and openedAt is set
 * the first time. Admin only (period.manage); audited with the counts.
 */
export async function openPeriod(tx: Tx, user: SessionUser, periodId: number): Promise<OpenPeriodResult> {
  if (!roleHas(user.role, 'period.manage')) return { ok: false, message: 'Bạn không có quyền mở kỳ báo cáo.' };
  const period = await tx.reportingPeriod.findUnique({ where: { id: periodId }, select: { id: true, openedAt: true } });
  if (!period) return { ok: false, message: 'Không tìm thấy kỳ báo cáo.' };
  // Serialises two openings of the same period (the INSERT … ON CONFLICT is safe anyway).
  await tx.$queryRaw`SELECT id FROM "ReportingPeriod" WHERE id = ${periodId} FOR UPDATE`;
  const result = await refreshExpectedReports(tx, periodId);
  const firstOpening = period.openedAt == null;
  if (firstOpening) await tx.reportingPeriod.update({ where: { id: periodId }, data: { openedAt: new Date() } });
  await recordAudit(tx, {
    userId: user.id,
    action: firstOpening ? 'period.open' : 'period.refresh',
    entity: 'ReportingPeriod',
    entityId: String(periodId),
    after: { added: result.added, removed: result.removed, updated: result.updated, total: result.total },
  });
  return { ok: true, firstOpening, ...result };
}
