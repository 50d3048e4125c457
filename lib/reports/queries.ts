import 'server-only';

import type { SessionUser } from '@/lib/auth/options';
import { prisma } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { OrgKind, SubmissionState } from '@/lib/generated/prisma/enums';
import { cleanText } from '@/lib/members/schema';
import { firstParam, pageWindow, parsePage, toPaged } from '@/lib/pagination';
import { unitSubtreeSql } from '@/lib/units/subtree';

import { REPORT_FIGURES_SELECT } from './schema';

export const REPORTS_PER_PAGE = 30;

/** "Not entered" is a filter value of its own: expected reports nobody has filled in. */
export const NOT_ENTERED = 'chua-nhap';

export type ReportFilters = { page: number; state?: SubmissionState | typeof NOT_ENTERED; unitId?: number; kind?: OrgKind; q?: string };

type Params = Record<string, string | string[] | undefined>;

/** Filters of a period's list from the URL (?trang-thai=SUBMITTED&don-vi=12&loai=COOPERATIVE&q=…). */
export function parseReportFilters(params: Params): ReportFilters {
  const state = firstParam(params['trang-thai']);
  const unit = firstParam(params['don-vi']);
  const kind = firstParam(params.loai);
  const q = cleanText(firstParam(params.q) ?? '').slice(0, 100);
  return {
    page: parsePage(params.trang),
    state: state === NOT_ENTERED ? NOT_ENTERED : state && Object.hasOwn(SubmissionState, state) ? (state as SubmissionState) : undefined,
    unitId: unit && /^\d{1,9}$/.test(unit) ? Number(unit) : undefined,
    kind: kind && Object.hasOwn(OrgKind, kind) ? (kind as OrgKind) : undefined,
    q: q || undefined,
  };
}

/** A district officer sees the reports of the organizations of its unit (today's unit). */
function scopeSql(user: Pick<SessionUser, 'role' | 'unitId'>): Prisma.Sql {
  if (user.role !== 'DISTRICT_OFFICER') return Prisma.sql`TRUE`;
  if (user.unitId == null) return Prisma.sql`FALSE`;
  return Prisma.sql`o."unitId" IN (${unitSubtreeSql(user.unitId)})`;
}

async function scopeWhere(user: Pick<SessionUser, 'role' | 'unitId'>): Promise<Prisma.OrganizationReportWhereInput> {
  if (user.role !== 'DISTRICT_OFFICER') return {};
  if (user.unitId == null) return { id: -1 };
  const ids = await prisma.$queryRaw<{ id: number }[]>(unitSubtreeSql(user.unitId));
  return { organization: { unitId: { in: ids.map((r) => r.id) } } };
}

export type PeriodSummary = {
  id: number;
  year: number;
  kind: 'FIRST_HALF' | 'FULL_YEAR';
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  openedAt: Date | null;
  expected: number;
  notEntered: number;
  draft: number;
  submitted: number;
  approved: number;
  returned: number;
};

/** Every period with its reports counted by state, in the user's scope (one aggregate query). */
export async function getPeriodSummaries(user: Pick<SessionUser, 'role' | 'unitId'>): Promise<PeriodSummary[]> {
  const rows = await prisma.$queryRaw<(Omit<PeriodSummary, 'expected' | 'notEntered' | 'draft' | 'submitted' | 'approved' | 'returned'> & Record<string, bigint>)[]>`
    SELECT p.id, p.year, p.kind, p."startsOn", p."endsOn", p.deadline, p."openedAt",
      count(r.id) AS expected,
      count(r.id) FILTER (WHERE r."enteredAt" IS NULL) AS "notEntered",
      count(r.id) FILTER (WHERE r.state = 'DRAFT' AND r."enteredAt" IS NOT NULL) AS draft,
      count(r.id) FILTER (WHERE r.state = 'SUBMITTED') AS submitted,
      count(r.id) FILTER (WHERE r.state = 'APPROVED') AS approved,
      count(r.id) FILTER (WHERE r.state = 'RETURNED') AS returned
    FROM "ReportingPeriod" p
    LEFT JOIN ("OrganizationReport" r JOIN "Organization" o ON o.id = r."organizationId" AND o."deletedAt" IS NULL AND ${scopeSql(user)})
      ON r."periodId" = p.id
    GROUP BY p.id
    ORDER BY p."endsOn" DESC, p.kind DESC`;
  return rows.map((r) => ({
    id: r.id as unknown as number,
    year: r.year as unknown as number,
    kind: r.kind,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    deadline: r.deadline,
    openedAt: r.openedAt,
    expected: Number(r.expected),
    notEntered: Number(r.notEntered),
    draft: Number(r.draft),
    submitted: Number(r.submitted),
    approved: Number(r.approved),
    returned: Number(r.returned),
  }));
}

export async function getPeriod(id: number) {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  return prisma.reportingPeriod.findUnique({ where: { id } });
}

export async function getPeriods() {
  return prisma.reportingPeriod.findMany({
    orderBy: [{ endsOn: 'desc' }, { kind: 'desc' }],
    include: { _count: { select: { reports: true } } },
  });
}

/** The reports of a period in the user's scope, filtered and paged. */
export async function getPeriodReports(periodId: number, user: Pick<SessionUser, 'role' | 'unitId'>, filters: ReportFilters) {
  const where: Prisma.OrganizationReportWhereInput = {
    periodId,
    organization: { deletedAt: null, ...(filters.kind ? { kind: filters.kind } : {}), ...(filters.q ? { name: { contains: filters.q, mode: 'insensitive' } } : {}) },
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.state === NOT_ENTERED ? { enteredAt: null } : filters.state ? { state: filters.state, ...(filters.state === 'DRAFT' ? { enteredAt: { not: null } } : {}) } : {}),
  };
  const scope = await scopeWhere(user);
  const combined: Prisma.OrganizationReportWhereInput = { AND: [where, scope] };
  const [items, total, units] = await Promise.all([
    prisma.organizationReport.findMany({
      where: combined,
      select: {
        id: true,
        state: true,
        status: true,
        nilReport: true,
        enteredAt: true,
        submittedAt: true,
        firstSubmittedAt: true,
        reviewedAt: true,
        returnReason: true,
        warnings: true,
        organization: { select: { id: true, name: true, kind: true } },
        unit: { select: { type: true, name: true } },
      },
      orderBy: [{ unit: { name: 'asc' } }, { organization: { name: 'asc' } }, { id: 'asc' }],
      ...pageWindow(filters.page, REPORTS_PER_PAGE),
    }),
    prisma.organizationReport.count({ where: combined }),
    prisma.administrativeUnit.findMany({
      where: { reports: { some: { AND: [{ periodId }, scope] } } },
      select: { id: true, type: true, name: true },
      orderBy: { name: 'asc' },
    }),
  ]);
  return { ...toPaged(items, total, filters.page, REPORTS_PER_PAGE), units };
}

const REPORT_DETAIL = {
  id: true,
  state: true,
  status: true,
  version: true,
  ...REPORT_FIGURES_SELECT,
  nilReport: true,
  comment: true,
  warnings: true,
  enteredAt: true,
  firstSubmittedAt: true,
  submittedAt: true,
  reviewedAt: true,
  returnReason: true,
  reviewedBy: { select: { name: true } },
  unit: { select: { type: true, name: true } },
} as const satisfies Prisma.OrganizationReportSelect;

export type ReportDetail = Prisma.OrganizationReportGetPayload<{ select: typeof REPORT_DETAIL }>;

/** One organization's report for a period, and its latest earlier report with figures (for "same as last period"). */
export async function getReportForm(organizationId: number, periodId: number) {
  const period = await getPeriod(periodId);
  if (!period) return null;
  const [report, previous] = await Promise.all([
    prisma.organizationReport.findUnique({ where: { organizationId_periodId: { organizationId, periodId } }, select: REPORT_DETAIL }),
    prisma.organizationReport.findFirst({
      where: { organizationId, enteredAt: { not: null }, period: { endsOn: { lt: period.endsOn } } },
      orderBy: { period: { endsOn: 'desc' } },
      select: { ...REPORT_DETAIL, period: { select: { year: true, kind: true } } },
    }),
  ]);
  return { period, report, previous };
}

/** An organization's reports over the opened periods (its own account's page), newest first. */
export async function getOrganizationReportHistory(organizationId: number) {
  return prisma.reportingPeriod.findMany({
    where: { openedAt: { not: null } },
    orderBy: [{ endsOn: 'desc' }, { kind: 'desc' }],
    select: {
      id: true,
      year: true,
      kind: true,
      deadline: true,
      reports: {
        where: { organizationId },
        select: { id: true, state: true, enteredAt: true, submittedAt: true, reviewedAt: true, returnReason: true },
      },
    },
  });
}

/** The representative accounts of an organization. */
export async function getRepresentatives(organizationId: number) {
  return prisma.user.findMany({
    where: { organizationId, role: 'ORG_REPRESENTATIVE' },
    select: { id: true, name: true, email: true, active: true, lastLoginAt: true, mustChangePassword: true },
    orderBy: [{ active: 'desc' }, { name: 'asc' }],
  });
}

/** What a representative has to do: its organization's reports not yet submitted or returned. */
export async function getRepresentativeTasks(organizationId: number) {
  return prisma.organizationReport.findMany({
    where: { organizationId, state: { in: ['DRAFT', 'RETURNED'] }, period: { openedAt: { not: null } } },
    select: { id: true, state: true, enteredAt: true, returnReason: true, period: { select: { id: true, year: true, kind: true, deadline: true } } },
    orderBy: { period: { endsOn: 'desc' } },
    take: 10,
  });
}
