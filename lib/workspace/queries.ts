import 'server-only';

/**
 * Reads for the workspace lists that have no domain module of their own yet (organizations,
 * reporting periods). Move each into lib/<domain>/queries.ts when that domain grows its actions
 * (users, feedback and the audit log have moved to lib/users, lib/feedback, lib/audit-log).
 */
import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OrgKind } from '@/lib/generated/prisma/enums';
import { pageWindow, toPaged } from '@/lib/pagination';

export async function getUnitName(unitId: number): Promise<string | null> {
  const unit = await prisma.administrativeUnit.findUnique({ where: { id: unitId }, select: { type: true, name: true } });
  return unit ? `${unit.type} ${unit.name}` : null;
}

export const ORGANIZATIONS_PER_PAGE = 25;

/** Organizations by name; `unitIds` limits them to those units (a district officer's subtree). */
export async function getOrganizationsPage(options: { page: number; unitIds?: number[]; kind?: OrgKind }) {
  const where: Prisma.OrganizationWhereInput = {
    ...(options.unitIds ? { unitId: { in: options.unitIds } } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
  };
  const [items, total] = await Promise.all([
    prisma.organization.findMany({
      where,
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        status: true,
        registrationNumber: true,
        unit: { select: { type: true, name: true, parent: { select: { type: true, name: true } } } },
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      ...pageWindow(options.page, ORGANIZATIONS_PER_PAGE),
    }),
    prisma.organization.count({ where }),
  ]);
  return toPaged(items, total, options.page, ORGANIZATIONS_PER_PAGE);
}

export async function getReportingPeriods(limit = 8) {
  return prisma.reportingPeriod.findMany({
    select: { id: true, year: true, kind: true, startsOn: true, endsOn: true, deadline: true },
    orderBy: { endsOn: 'desc' },
    take: limit,
  });
}

/** Small counts for the overview page; each is a single aggregate query. */
export async function getWorkspaceCounts() {
  const [newFeedback, users, activeUsers, publishedDocuments, submittedReports] = await Promise.all([
    prisma.feedback.count({ where: { status: 'NEW' } }),
    prisma.user.count(),
    prisma.user.count({ where: { active: true } }),
    prisma.legalDocument.count({ where: { published: true } }),
    prisma.organizationReport.count({ where: { state: 'SUBMITTED' } }),
  ]);
  return { newFeedback, users, activeUsers, publishedDocuments, submittedReports };
}
