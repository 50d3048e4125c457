import 'server-only';

/**
 * Reads of the grid entry page: the expected reports of one period for the organizations of a
 * unit (and the units below it), with their figures as the inputs show them.
 */
import { prisma } from '@/lib/db';
import type { OrgKind, OrgStatus, SubmissionState } from '@/lib/generated/prisma/enums';
import { formatInputValue, REPORT_FIELDS, type ReportNumberField } from '@/lib/reports/schema';
import { getUnitSubtreeIds } from '@/lib/units/subtree';

/** The figures the grid shows, in column order; credit-fund columns only where a credit fund is. */
export const GRID_FIELDS: readonly ReportNumberField[] = [
  'members',
  'officialMembers',
  'regularWorkers',
  'seasonalWorkers',
  'charterCapital',
  'contributedCapital',
  'landAreaHa',
  'revenue',
  'profit',
  'avgWorkerIncome',
];
export const GRID_CREDIT_FIELDS: readonly ReportNumberField[] = ['operatingCapital', 'deposits', 'loansOutstanding', 'badDebtRatio'];

export type GridColumn = { name: ReportNumberField; label: string; short: string; kind: 'count' | 'money' | 'area' | 'percent'; creditOnly: boolean; unit: string };

export function gridColumns(withCredit: boolean): GridColumn[] {
  const names = withCredit ? [...GRID_FIELDS, ...GRID_CREDIT_FIELDS] : GRID_FIELDS;
  return names.map((name) => {
    const f = REPORT_FIELDS.find((x) => x.name === name)!;
    return { name, label: f.label, short: f.short, kind: f.kind, creditOnly: 'creditOnly' in f ? Boolean(f.creditOnly) : false, unit: 'unit' in f ? (f.unit ?? '') : '' };
  });
}

export type GridRow = {
  reportId: number;
  organizationId: number;
  name: string;
  kind: OrgKind;
  registrationNumber: string | null;
  status: OrgStatus;
  state: SubmissionState;
  version: number;
  entered: boolean;
  comment: string;
  returnReason: string | null;
  /** Text of each input, vi-VN formatted ("1.234.567", "12,5"). */
  values: Record<string, string>;
};

/** Enough for the largest commune; a former district with more is paged. */
export const GRID_ROWS_PER_PAGE = 100;

const figureSelect = Object.fromEntries([...GRID_FIELDS, ...GRID_CREDIT_FIELDS].map((n) => [n, true])) as Record<ReportNumberField, true>;

export async function getGridRows(periodId: number, unitId: number, page: number): Promise<{ rows: GridRow[]; total: number }> {
  const unitIds = await getUnitSubtreeIds(unitId);
  const where = { periodId, unitId: { in: unitIds }, organization: { deletedAt: null } };
  const [reports, total] = await Promise.all([
    prisma.organizationReport.findMany({
      where,
      select: {
        id: true,
        organizationId: true,
        state: true,
        version: true,
        enteredAt: true,
        comment: true,
        returnReason: true,
        ...figureSelect,
        organization: { select: { name: true, kind: true, registrationNumber: true, status: true } },
      },
      orderBy: [{ organization: { name: 'asc' } }, { organizationId: 'asc' }],
      skip: (page - 1) * GRID_ROWS_PER_PAGE,
      take: GRID_ROWS_PER_PAGE,
    }),
    prisma.organizationReport.count({ where }),
  ]);
  const columns = gridColumns(true);
  const rows = reports.map((r): GridRow => {
    const values: Record<string, string> = {};
    for (const c of columns) {
      if (c.creditOnly && r.organization.kind !== 'CREDIT_FUND') continue;
      // A report not started shows blank cells, not zeros the reporter never typed.
      values[c.name] = r.enteredAt == null ? '' : formatInputValue(c.kind, r[c.name]);
    }
    return {
      reportId: r.id,
      organizationId: r.organizationId,
      name: r.organization.name,
      kind: r.organization.kind,
      registrationNumber: r.organization.registrationNumber,
      status: r.organization.status,
      state: r.state,
      version: r.version,
      entered: r.enteredAt != null,
      comment: r.comment ?? '',
      returnReason: r.returnReason,
      values,
    };
  });
  return { rows, total };
}

/** Units with expected reports in the period, within the user's scope: the grid's unit chooser. */
export async function getGridUnitChoices(periodId: number, scopeUnitId: number | null): Promise<{ id: number; label: string; count: number }[]> {
  const unitIds = scopeUnitId != null ? await getUnitSubtreeIds(scopeUnitId) : null;
  const groups = await prisma.organizationReport.groupBy({
    by: ['unitId'],
    where: { periodId, ...(unitIds ? { unitId: { in: unitIds } } : {}), organization: { deletedAt: null } },
    _count: { _all: true },
  });
  const units = await prisma.administrativeUnit.findMany({ where: { id: { in: groups.map((g) => g.unitId) } }, select: { id: true, type: true, name: true } });
  const byId = new Map(units.map((u) => [u.id, `${u.type} ${u.name}`]));
  return groups
    .map((g) => ({ id: g.unitId, label: byId.get(g.unitId) ?? `#${g.unitId}`, count: g._count._all }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
