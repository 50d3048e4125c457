import type { Db } from '@/lib/db';

type Queryable = Pick<Db, '$queryRaw'>;

/** True when `unitId` is `ancestorId` or lies below it in the administrative tree. */
export async function isUnitWithin(db: Queryable, unitId: number, ancestorId: number): Promise<boolean> {
  if (unitId === ancestorId) return true;
  const rows = await db.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE up AS (
      SELECT id, "parentId" FROM "AdministrativeUnit" WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u."parentId" FROM "AdministrativeUnit" u JOIN up ON u.id = up."parentId"
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${ancestorId}) AS found`;
  return rows[0]?.found ?? false;
}
