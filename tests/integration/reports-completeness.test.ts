/**
 * Completeness and timeliness of a hand-made period: every count below was worked out by hand
 * from the cases, not from the query under test.
 */
import ExcelJS from 'exceljs';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';

import { prisma } from '@/lib/db';
import { getCompleteness, getCompletenessOrganizations, getFigureApproval, isPastDeadline } from '@/lib/reports/completeness';
import { createOrganization, createReport, createReportingPeriod, createUnit, createUser } from '@/prisma/seed/factories';
import { actAs } from '@/tests/setup/next-runtime';

import { GET as exportRoute } from '@/app/quan-tri/bao-cao/[periodId]/tien-do/xuat-excel/route';

let periodId: number;
let otherPeriodId: number;
let communeA: number;
let communeB: number;
let staff: { id: number };
let officer: { id: number };
const names: Record<string, string> = {};

const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  const province = await createUnit(prisma, { level: 'PROVINCE', type: 'Tỉnh', name: 'An Giang' });
  communeA = (await createUnit(prisma, { parentId: province.id, name: 'Giồng Riềng' })).id;
  communeB = (await createUnit(prisma, { parentId: province.id, name: 'Hòn Đất' })).id;
  staff = await createUser(prisma, { role: 'STAFF' });
  officer = await createUser(prisma, { role: 'DISTRICT_OFFICER', unitId: communeA });
  // Deadline 15/7/2026: on time until 23:59:59 Vietnam time, i.e. before 2026-07-15T17:00:00Z.
  periodId = (await createReportingPeriod(prisma, { year: 2026, kind: 'FIRST_HALF' })).id;
  otherPeriodId = (await createReportingPeriod(prisma, { year: 2025, kind: 'FULL_YEAR' })).id;

  const entered = at('2026-07-02T02:00:00Z');
  const cases: { key: string; unit: number; members: number; state: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED'; first: Date | null; enteredAt: Date | null; credit?: boolean }[] = [
    { key: 'a1-ontime-approved', unit: communeA, members: 30, state: 'APPROVED', first: at('2026-07-15T16:59:59Z'), enteredAt: entered },
    { key: 'a2-late-approved', unit: communeA, members: 40, state: 'APPROVED', first: at('2026-07-15T17:00:00Z'), enteredAt: entered },
    { key: 'a3-ontime-awaiting', unit: communeA, members: 20, state: 'SUBMITTED', first: at('2026-07-10T03:00:00Z'), enteredAt: entered },
    { key: 'a4-late-returned', unit: communeA, members: 10, state: 'RETURNED', first: at('2026-07-20T03:00:00Z'), enteredAt: entered },
    { key: 'a5-ontime-redrafted', unit: communeA, members: 10, state: 'DRAFT', first: at('2026-07-01T03:00:00Z'), enteredAt: entered },
    { key: 'a6-draft-missing', unit: communeA, members: 10, state: 'DRAFT', first: null, enteredAt: entered },
    { key: 'a7-not-started', unit: communeA, members: 0, state: 'DRAFT', first: null, enteredAt: null },
    { key: 'b1-credit-approved', unit: communeB, members: 50, state: 'APPROVED', first: at('2026-07-03T03:00:00Z'), enteredAt: entered, credit: true },
    { key: 'b2-not-started', unit: communeB, members: 0, state: 'DRAFT', first: null, enteredAt: null },
  ];
  for (const c of cases) {
    const org = await createOrganization(prisma, { unitId: c.unit, name: `HTX ${c.key}`, ...(c.credit ? { kind: 'CREDIT_FUND' as const } : {}) });
    names[c.key] = org.name;
    await createReport(prisma, {
      organizationId: org.id,
      periodId,
      members: c.members,
      officialMembers: c.members,
      state: c.state,
      firstSubmittedAt: c.first,
      submittedAt: c.first,
      enteredAt: c.enteredAt,
      ...(c.credit ? { operatingCapital: 1_000_000_000n } : {}),
    });
    // Another period's report of the same organization must not count.
    await createReport(prisma, { organizationId: org.id, periodId: otherPeriodId, state: 'DRAFT', firstSubmittedAt: null, enteredAt: null });
  }
  // Dissolved during the period: no expected report was made, so it is never missing.
  await createOrganization(prisma, { unitId: communeA, status: 'DISSOLVED', statusChangedOn: new Date('2026-03-01') });
  // Soft-deleted with a report: hidden everywhere, counted nowhere.
  const deleted = await createOrganization(prisma, { unitId: communeA, deletedAt: new Date() });
  await createReport(prisma, { organizationId: deleted.id, periodId, state: 'DRAFT', firstSubmittedAt: null, enteredAt: null });
});

describe('completeness counts', () => {
  it('counts the province by commune, with the total row', async () => {
    const { rows, total } = await getCompleteness(periodId, null);
    const byLabel = Object.fromEntries(rows.map((r) => [r.unitLabel, r]));
    expect(byLabel['Xã Giồng Riềng']).toMatchObject({ expected: 7, submitted: 5, onTime: 3, late: 2, approved: 2, awaiting: 1, returned: 2, missing: 2, notStarted: 1 });
    expect(byLabel['Xã Hòn Đất']).toMatchObject({ expected: 2, submitted: 1, onTime: 1, late: 0, approved: 1, awaiting: 0, returned: 0, missing: 1, notStarted: 1 });
    expect(total).toEqual({ expected: 9, submitted: 6, onTime: 4, late: 2, approved: 3, awaiting: 1, returned: 2, missing: 3, notStarted: 2 });
  });

  it('limits a commune view to that commune', async () => {
    const { rows, total } = await getCompleteness(periodId, communeA);
    expect(rows).toHaveLength(1);
    expect(total.expected).toBe(7);
    expect(total.missing).toBe(2);
  });

  it('says how much of each figure is approved', async () => {
    const figures = Object.fromEntries((await getFigureApproval(periodId, null)).map((f) => [f.key, f]));
    // Approved: 30 + 40 + 50; entered (enteredAt set): 30 + 40 + 20 + 10 + 10 + 10 + 50.
    expect(figures.members).toMatchObject({ expected: 9, approved: 3, approvedSum: '120', enteredSum: '170' });
    // Credit-fund figures are expected of the one credit fund only.
    expect(figures.operatingCapital).toMatchObject({ expected: 1, approved: 1, approvedSum: '1000000000', enteredSum: '1000000000' });
  });

  it('lists who has not reported, with contacts, and each drill-down group', async () => {
    const missing = await getCompletenessOrganizations(periodId, null, 'chua-nop', 1);
    expect(missing.total).toBe(3);
    expect(missing.items.map((o) => o.name).sort()).toEqual([names['a6-draft-missing'], names['a7-not-started'], names['b2-not-started']].sort());
    expect(missing.items.every((o) => o.phone && o.leaderName)).toBe(true);
    const late = await getCompletenessOrganizations(periodId, null, 'tre-han', 1);
    expect(late.items.map((o) => o.name).sort()).toEqual([names['a2-late-approved'], names['a4-late-returned']].sort());
    expect(late.items.every((o) => o.onTime === false)).toBe(true);
    const returnedInB = await getCompletenessOrganizations(periodId, communeB, 'tra-lai', 1);
    expect(returnedInB.total).toBe(0);
  });

  it('judges overdue by the deadline day in Vietnam', () => {
    const deadline = new Date('2026-07-15T00:00:00Z');
    expect(isPastDeadline(deadline, '2026-07-15')).toBe(false);
    expect(isPastDeadline(deadline, '2026-07-16')).toBe(true);
  });
});

async function readXlsx(response: Response): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

async function digestOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'none';
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error);
  }
}

describe('export of the list of who has not reported', () => {
  const url = (q: string) => new NextRequest(`http://localhost/quan-tri/bao-cao/${periodId}/tien-do/xuat-excel${q}`);
  const params = () => ({ params: Promise.resolve({ periodId: String(periodId) }) });

  it('gives staff the whole province with contacts, and audits the download', async () => {
    actAs(staff);
    const response = await exportRoute(url('?nhom=chua-nop'), params());
    expect(response.status).toBe(200);
    const rows = await readXlsx(response);
    expect(rows[0]).toContain('Điện thoại');
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual([names['a6-draft-missing'], names['a7-not-started'], names['b2-not-started']].sort());
    expect(await prisma.auditLog.count({ where: { action: 'report.completeness.export', userId: staff.id } })).toBe(1);
  });

  it("gives a commune officer only its commune, and refuses another commune's list", async () => {
    actAs(officer);
    const rows = await readXlsx(await exportRoute(url(''), params()));
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual([names['a6-draft-missing'], names['a7-not-started']].sort());
    expect(await digestOf(() => exportRoute(url(`?don-vi=${communeB}`), params()))).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
  });
});
