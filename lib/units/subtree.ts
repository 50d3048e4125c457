import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * SQL selecting the ids of a unit and every unit below it (a walk down AdministrativeUnit.parentId),
 * for use as `column IN (${unitSubtreeSql(id)})` inside a larger query.
 */
export function unitSubtreeSql(unitId: number): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE sub AS (
      SELECT id FROM "AdministrativeUnit" WHERE id = ${unitId}
      UNION ALL
      SELECT u.id FROM "AdministrativeUnit" u JOIN sub ON u."parentId" = sub.id
    )
    SELECT id FROM sub`;
}

/** The ids of a unit and every unit below it. */
export async function getUnitSubtreeIds(unitId: number): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>(unitSubtreeSql(unitId));
  return rows.map((r) => r.id);
}

/**
 * A unit as a filter: the unit, the units that succeeded it (a district closed on 1/7/2025 →
 * the communes that took its area) and everything below them, so that filtering by a former
 * district finds the organizations now registered in its communes.
 */
export function unitFilterSql(unitId: number): Prisma.Sql {
  return Prisma.sql`
    WITH RECURSIVE succ AS (
      SELECT id FROM "AdministrativeUnit" WHERE id = ${unitId}
      UNION
      SELECT s."successorId" FROM "UnitSuccession" s JOIN succ ON s."predecessorId" = succ.id
    ), sub AS (
      SELECT id FROM succ
      UNION
      SELECT u.id FROM "AdministrativeUnit" u JOIN sub ON u."parentId" = sub.id
    )
    SELECT id FROM sub`;
}
