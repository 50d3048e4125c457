import 'server-only';

/** The reporting periods a report can be made for (the report's figures: ./data.ts). */
import { prisma } from '@/lib/db';
import type { PeriodKind } from '@/lib/generated/prisma/enums';

export type ReportPeriodRow = { id: number; year: number; kind: PeriodKind; startsOn: string; endsOn: string };

/** Every reporting period, newest first, for the form. */
export async function getReportPeriods(): Promise<ReportPeriodRow[]> {
  return prisma.$queryRaw<ReportPeriodRow[]>`
    SELECT id, year, kind::text AS kind, to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", to_char("endsOn", 'YYYY-MM-DD') AS "endsOn"
      FROM "ReportingPeriod" ORDER BY "endsOn" DESC, kind`;
}

export async function getReportPeriod(year: number, kind: PeriodKind): Promise<ReportPeriodRow | null> {
  const rows = await prisma.$queryRaw<ReportPeriodRow[]>`
    SELECT id, year, kind::text AS kind, to_char("startsOn", 'YYYY-MM-DD') AS "startsOn", to_char("endsOn", 'YYYY-MM-DD') AS "endsOn"
      FROM "ReportingPeriod" WHERE year = ${year} AND kind = ${kind}::"PeriodKind"`;
  return rows[0] ?? null;
}
