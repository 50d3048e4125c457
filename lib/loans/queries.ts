import 'server-only';

/** Reads of loans: the filtered list with its totals (summed in SQL), one loan, an organization's loans. */
import { prisma } from '@/lib/db';
import { todayIsoInVietnam } from '@/lib/format/date';
import { Prisma } from '@/lib/generated/prisma/client';
import type { LoanFund } from '@/lib/generated/prisma/enums';
import type { LoanFilters } from '@/lib/loans/filters';
import { likePattern } from '@/lib/organizations/filters';
import { unitFilterSql } from '@/lib/units/subtree';
import { pageWindow, toPaged, type Paged } from '@/lib/pagination';
import type { LoanStatus } from '@/lib/support/labels';

export const LOANS_PER_PAGE = 25;

/**
 * The derived status: repaid once repaidOn is set; overdue when anything is overdue, or past
 * maturity with a balance left; otherwise current.
 */
export function loanStatusSql(today: string = todayIsoInVietnam()): Prisma.Sql {
  return Prisma.sql`(CASE WHEN l."repaidOn" IS NOT NULL THEN 'REPAID'
    WHEN l.overdue > 0 OR (l."maturesOn" < ${today}::date AND l.outstanding > 0) THEN 'OVERDUE'
    ELSE 'ACTIVE' END)`;
}

function whereSql(f: LoanFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`o."deletedAt" IS NULL`];
  if (f.fund) parts.push(Prisma.sql`l.fund = ${f.fund}::"LoanFund"`);
  if (f.status) parts.push(Prisma.sql`${loanStatusSql()} = ${f.status}`);
  if (f.unitId) parts.push(Prisma.sql`o."unitId" IN (${unitFilterSql(f.unitId)})`);
  if (f.year) parts.push(Prisma.sql`l."disbursedOn" >= make_date(${f.year}::int, 1, 1) AND l."disbursedOn" < make_date(${f.year}::int + 1, 1, 1)`);
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(Prisma.sql`(unaccent(o.name) ILIKE unaccent(${pattern}::text) OR coalesce(l."contractNumber", '') ILIKE ${pattern})`);
  }
  return Prisma.join(parts, ' AND ');
}

export type LoanRow = {
  id: number;
  fund: LoanFund;
  organizationId: number;
  organizationName: string;
  unit: string;
  contractNumber: string | null;
  principal: bigint;
  outstanding: bigint;
  overdue: bigint;
  interestRate: string | null;
  purpose: string | null;
  disbursedOn: Date;
  maturesOn: Date | null;
  repaidOn: Date | null;
  status: LoanStatus;
};

export type LoanTotals = { loans: number; principal: bigint; outstanding: bigint; overdue: bigint };

async function loanRows(f: LoanFilters, window?: { skip: number; take: number }): Promise<LoanRow[]> {
  const limit = window ? Prisma.sql`LIMIT ${window.take} OFFSET ${window.skip}` : Prisma.empty;
  return prisma.$queryRaw<LoanRow[]>`
    SELECT l.id, l.fund::text AS fund, l."organizationId", o.name AS "organizationName", u.type || ' ' || u.name AS unit,
           l."contractNumber", l.principal, l.outstanding, l.overdue, l."interestRate"::text AS "interestRate", l.purpose,
           l."disbursedOn", l."maturesOn", l."repaidOn", ${loanStatusSql()} AS status
    FROM "Loan" l JOIN "Organization" o ON o.id = l."organizationId" JOIN "AdministrativeUnit" u ON u.id = o."unitId"
    WHERE ${whereSql(f)}
    ORDER BY l."disbursedOn" DESC, l.id DESC
    ${limit}`;
}

export async function getLoanTotals(f: LoanFilters): Promise<LoanTotals> {
  const [row] = await prisma.$queryRaw<LoanTotals[]>`
    SELECT count(*)::int AS loans, coalesce(sum(l.principal), 0)::bigint AS principal,
           coalesce(sum(l.outstanding), 0)::bigint AS outstanding, coalesce(sum(l.overdue), 0)::bigint AS overdue
    FROM "Loan" l JOIN "Organization" o ON o.id = l."organizationId"
    WHERE ${whereSql(f)}`;
  return row ?? { loans: 0, principal: 0n, outstanding: 0n, overdue: 0n };
}

export async function getLoanList(f: LoanFilters, pageSize = LOANS_PER_PAGE): Promise<Paged<LoanRow> & { totals: LoanTotals }> {
  const totals = await getLoanTotals(f);
  const page = Math.min(f.page, Math.max(1, Math.ceil(totals.loans / pageSize)));
  const rows = totals.loans > 0 ? await loanRows(f, pageWindow(page, pageSize)) : [];
  return { ...toPaged(rows, totals.loans, page, pageSize), totals };
}

export async function getLoansForExport(f: LoanFilters): Promise<{ rows: LoanRow[]; totals: LoanTotals }> {
  const [rows, totals] = await Promise.all([loanRows(f), getLoanTotals(f)]);
  return { rows, totals };
}

export async function getLoan(id: number) {
  return prisma.loan.findUnique({
    where: { id },
    select: {
      id: true,
      fund: true,
      organizationId: true,
      contractNumber: true,
      principal: true,
      outstanding: true,
      overdue: true,
      interestRate: true,
      purpose: true,
      disbursedOn: true,
      maturesOn: true,
      repaidOn: true,
      organization: { select: { id: true, name: true, unit: { select: { type: true, name: true } } } },
    },
  });
}
